using Repro.Theory.Claims;
using Repro.Theory.Experiments;
using Repro.Theory.Experiments.Units;

namespace Repro.Theory.Tests.Claims;

/// <summary>The text is the code: every verdict's rule text is rendered by the rule object that decided it, and the claim prints no other.</summary>
public class RuleTextTests
{
    private static readonly ExperimentScope Smoke = new(Profile.Smoke, ModelNames.All);

    [Fact]
    public void C1PrintsTheTextOfTheRuleThatDecides()
    {
        var analysis = new Claim1InitialOutput().Analyse(Smoke, new CannedResults(_ => new InitialOutputOutcome(0.0)));
        Assert.Equal(Claim1InitialOutput.Rule.Describe(), new Claim1InitialOutput().Claim.VerdictRule);
        Assert.All(analysis.Models, m => Assert.Equal(Claim1InitialOutput.Rule.Describe(), m.Verdict!.Rule));
        Assert.All(analysis.Models, m => Assert.Equal(Verdict.Pass, m.Verdict!.Verdict));
    }

    [Fact]
    public void C2PrintsTheTextOfTheRuleThatDecides()
    {
        var analysis = new Claim2Smoothness().Analyse(Smoke, new CannedResults(_ =>
            CannedResults.Training(40, false, 0.5) with { Sensitivity = new SensitivityRecord(0.1, 0.1) }));
        Assert.Equal(Claim2Smoothness.Rule.Describe(), new Claim2Smoothness().Claim.VerdictRule);
        Assert.All(analysis.Models, m => Assert.Equal(Claim2Smoothness.Rule.Describe(), m.Verdict!.Rule));
    }

    [Fact]
    public void C4PrintsEachPartsRuleAsItsRuleObjectRendersIt()
    {
        var scope = new ExperimentScope(Profile.Review, [ModelNames.Diagonal], Seeds: 3);
        var verdict = new Claim4Cutoff().Analyse(scope, CannedResults.ForCutoff(u => CannedResults.Training(100, true, u.Task.ActivationScale * u.Task.RecurrentScale))).Models[0].Verdict!;
        Assert.Contains(Claim4Cutoff.TailRule(ModelNames.Diagonal, "a", 0.5, 0.5).Describe(), verdict.Rule);
        Assert.Contains(Claim4Cutoff.EnvelopeRule(ModelNames.Diagonal, "α", 1.2).Describe(), verdict.Rule);
        Assert.Contains(Claim4Cutoff.ConstantsRule(ModelNames.Diagonal).Describe(), verdict.Rule);
        Assert.Contains(Claim4Cutoff.WidthTailRule(ModelNames.Diagonal, "a", 0.5, 0.5).Describe(), verdict.Rule);
    }

    [Fact]
    public void C4sPredictedFormNamesTheBallLambdaItSplitsOnAndTheConstantsRulesFailureScope()
    {
        var claim = new Claim4Cutoff().Claim;
        Assert.Contains("ball λ = σ₁(α + ρ/√m)", claim.PredictedForm);
        Assert.Contains(Claim4Cutoff.Split.Describe(), claim.PredictedForm, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("λ < 1:", claim.PredictedForm); // the nominal-λ split the code never applied
        Assert.Contains(ConstantsBound.Rule.FailureScope(), claim.PredictedForm);
        Assert.Contains(ConstantsBound.Hypotheses, claim.PredictedForm);
        Assert.Contains(ConstantsBound.Rule.Describe(), claim.VerdictRule);
        Assert.Contains(Claim4Cutoff.Split.Describe(), claim.VerdictRule);
        Assert.Contains("above its bound is INCONCLUSIVE, never a FAIL", claim.PredictedForm);
    }

    [Fact]
    public void C4SplitsItsPartsOnTheBallLambdaAsItsTextSays()
    {
        // A nominal λ = 0.8 whose ball λ is 1.05: part (b), as the split prints it, not (a).
        var scope = new ExperimentScope(Profile.Review, [ModelNames.Diagonal], Seeds: 3);
        double Ball(TrainingUnit u) { double l = u.Task.ActivationScale * u.Task.RecurrentScale; return l == 0.8 ? 1.05 : l; }
        var verdict = new Claim4Cutoff().Analyse(scope, CannedResults.ForCutoff(u => CannedResults.Training(100, true, Ball(u)))).Models[0].Verdict!;
        Assert.Contains("(b) λ = 0.8 via a (ball λ ≤ 1.05)", verdict.Rule);
        Assert.DoesNotContain("(a) λ = 0.8", verdict.Rule);
        Assert.False(Claim4Cutoff.Split.BelowCutoff(1.05));
        Assert.True(Claim4Cutoff.Split.BelowCutoff(0.99));
    }

    [Fact]
    public void C5sTextsRestateTheConstantsRuleFromIt()
    {
        var claim = new Claim5Iterations().Claim;
        Assert.Contains(ConstantsBound.Rule.FailureScope(), claim.PredictedForm);
        Assert.Contains(ConstantsBound.Hypotheses, claim.PredictedForm);
        Assert.Contains(ConstantsBound.Rule.Describe(), claim.VerdictRule);
        Assert.Contains("at the last and at the averaged iterate", ConstantsBound.Rule.Describe());
    }
}
