namespace Repro.Theory.Rnn;

/// <summary>The two models of the paper.</summary>
public enum ModelKind
{
    /// <summary>arXiv:2402.12241v2: each neuron is a scalar system h ← σ(w·h + ⟨u, x⟩).</summary>
    Diagonal,

    /// <summary>arXiv:2402.12241v1: H ← σ(W·H + U·x) with a full m×m recurrent matrix.</summary>
    FullMatrix,
}
