using Repro.Theory.Targets;

namespace Repro.Theory.Experiments.Units;

/// <summary>The stored result of a <see cref="RandomFeatureSweepUnit"/>.</summary>
/// <param name="Errors">Worst and RMS error at every (width, prefix n), in target units (the teacher's output std on its own reference sample is 1).</param>
/// <param name="TargetVariance">Var(y) of the final targets over all the task's samples (the measured target scale, for reference).</param>
/// <param name="TeacherNoise">√((1 − ρ)/(1 + ρ)), ρ the teacher's split-half correlation: the std of its M-atom Monte-Carlo noise
/// per sample, relative to its output std: an error even an exact infinite-width comparator would keep.</param>
/// <param name="EffectiveTransportNorm">ν̄_eff = ν̄/s of the normalized teacher: sup‖v(θ)‖ of the features' transport.</param>
public sealed record RandomFeatureSweepOutcome(RandomFeatureTable Errors, double TargetVariance, double TeacherNoise, double EffectiveTransportNorm);
