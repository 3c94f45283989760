namespace Repro.Theory.Rnn;

/// <summary>
/// Largest sensitivities of the last hidden state to one neuron's parameters: to its recurrent
/// part (w_i, or row i of W) and to its input part (u_i, or row i of U).
/// </summary>
public sealed record SensitivityMeasurement(double MaxRecurrentSensitivity, double MaxInputSensitivity);
