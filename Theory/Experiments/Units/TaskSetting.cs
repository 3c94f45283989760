using Repro.Theory.Numerics;
using Repro.Theory.Rnn;
using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>
/// The learning problem a unit works on: the network family (model, σ = a·tanh, α, d) and the data
/// (n sequences of length T, unit-ball inputs, labelled by a transport teacher of M atoms with
/// transport bound ν̄). The teacher's μ₀ uses the same a and α as the network.
/// </summary>
public sealed record TaskSetting(
    string Model,
    double ActivationScale,
    double RecurrentScale,
    int InputDimension,
    int SampleCount,
    int SequenceLength,
    int DataSeed,
    int TeacherAtoms,
    double TransportNorm,
    int TeacherSeed)
{
    public RnnSpec Network(int width)
        => new(ModelNames.Parse(Model), width, InputDimension, new Activation(ActivationScale), RecurrentScale);

    public TeacherSpec Teacher()
        => new(TeacherAtoms, TransportNorm, new Activation(ActivationScale), RecurrentScale, InputDimension, (ulong)TeacherSeed);

    /// <summary>
    /// The initialization of a network of this width for initial seed <paramref name="seed"/>. The stream is keyed by the
    /// seed and by this task's data and teacher seeds, so initial seeds are nested in (data, teacher) draws: two draws never
    /// share an initialization, and the draw-level bootstrap covers the initialization's variance with the data's.
    /// </summary>
    public RnnParameters Initial(int width, int seed)
        => SymmetricInit.Draw(Network(width), CounterRng.DeriveKey((ulong)seed, "init.within-draw", [DataSeed, TeacherSeed]));

    /// <summary>The same problem with another sample count (datasets are nested in n).</summary>
    public TaskSetting WithSampleCount(int n) => this with { SampleCount = n };

    public string Describe() => $"{Model} a={ActivationScale:G4} α={RecurrentScale:G4} n={SampleCount} T={SequenceLength} d={InputDimension}";
}
