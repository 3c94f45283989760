namespace Repro.Theory.Rnn;

/// <summary>Which loss must reach ε for training to stop.</summary>
public enum StopRule
{
    /// <summary>R̂(Θ(s)) ≤ ε.</summary>
    LastIterate,

    /// <summary>R̂(Θ̄(s)) ≤ ε with Θ̄(s) the average of Θ(0) … Θ(s−1): the iterate the τ bound speaks of.</summary>
    AveragedIterate,
}
