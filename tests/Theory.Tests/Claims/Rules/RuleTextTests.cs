using Repro.Theory.Claims;
using Repro.Theory.Claims.Rules;
using static Repro.Theory.Tests.Claims.Rules.RuleFixtures;

namespace Repro.Theory.Tests.Claims.Rules;

/// <summary>Principle 7, the text is the code: every rule in Theory decides with exactly the text it describes itself with,
/// and a new rule cannot be added without a sample here.</summary>
public class RuleTextTests
{
    /// <summary>One rule of each type with an input it can decide.</summary>
    private static readonly (object Rule, Func<VerdictResult> Decide)[] Samples = Build();

    private static (object, Func<VerdictResult>)[] Build()
    {
        var exact = new ExactRule("|F|");
        var bound = new BoundAlwaysHoldsRule("‖∂h/∂u‖");
        var oneSided = new OneSidedBoundRule("τ*", Bootstrap("text"));
        var envelope = new ShapeEnvelopeRule("m*", "log n", Bootstrap("text"));
        var tail = new BoundedTailRule("τ*", 3, Bootstrap("text"));
        var frequency = new SuccessFrequencyRule("success", 0.1);
        var worse = new WorseOfRule<IReadOnlyList<double>, IReadOnlyList<BoundPoint>>("(a)", exact, "(b)", bound);
        var points = Series(SequenceLengths, t => t, t => 2 * t, Representative, "text");
        return
        [
            (exact, () => exact.Decide([0.0])),
            (bound, () => bound.Decide([new(1, 2)])),
            (oneSided, () => oneSided.Decide(points)),
            (envelope, () => envelope.Decide(points)),
            (tail, () => tail.Decide(points)),
            (frequency, () => frequency.Decide([new(1, 9, 10)])),
            (worse, () => worse.Decide([0.0], [new(1, 2)])),
        ];
    }

    [Fact]
    public void EveryRuleDecidesWithItsOwnDescription()
    {
        foreach (var (rule, decide) in Samples)
        {
            string text = (string)rule.GetType().GetMethod(nameof(IVerdictRule<int>.Describe))!.Invoke(rule, null)!;
            var result = decide();
            Assert.Equal(text, result.Rule);
            Assert.DoesNotContain("{", text); // no unformatted placeholder
            Assert.NotEmpty(result.Controls);
        }
    }

    [Fact]
    public void DecisionsAndControlsAreDeterministic()
    {
        foreach (var (_, decide) in Samples)
        {
            var (a, b) = (decide(), decide());
            Assert.Equal(a.Describe(), b.Describe());
            Assert.Equal(a.Detail, b.Detail);
            Assert.Equal(a.Controls, b.Controls);
        }
    }

    [Fact]
    public void EveryRuleTypeHasASample()
    {
        var ruleTypes = typeof(IVerdictRule<>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IVerdictRule<>)))
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t)
            .ToHashSet();
        var sampled = Samples.Select(s => s.Rule.GetType()).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();
        Assert.Equal(7, ruleTypes.Count);
        Assert.Subset(sampled, ruleTypes);
    }
}
