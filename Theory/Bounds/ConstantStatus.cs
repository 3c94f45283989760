namespace Repro.Theory.Bounds;

/// <summary>Where a named constant's value comes from, so the report can say which numbers are the paper's.</summary>
public enum ConstantStatus
{
    /// <summary>Stated in the paper (abstract or theorem) as used here.</summary>
    Paper,

    /// <summary>The standard construction the paper's statements imply (MODEL.md "[standard reading]"); replace if the paper's exact value differs.</summary>
    StandardReading,

    /// <summary>No a-priori value: calibrated on the calibration slice of a sweep, never on the held-out slice it is judged on.</summary>
    Fitted,

    /// <summary>A choice of this project (a protocol or decision setting), not a claim of the paper.</summary>
    ProjectChoice,
}
