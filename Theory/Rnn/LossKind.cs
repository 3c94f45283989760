namespace Repro.Theory.Rnn;

/// <summary>Which outputs the squared loss looks at.</summary>
public enum LossKind
{
    /// <summary>R̂ = (1/2n) Σ_j (F(X_j) − y_j)², on the output after the last step (the paper's default).</summary>
    FinalOutput,

    /// <summary>R̂ = (1/2nT) Σ_j Σ_t (F_t(X_j) − y_{j,t})², on the output after every step.</summary>
    PerStep,
}
