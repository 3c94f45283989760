using Repro.Theory.Experiments;
using Repro.Harness.Store;
using Repro.Theory.Claims.Analysis;

namespace Repro.Harness.Cli;

/// <summary>
/// The deserializer fills absent fields with null; this finds them (and other impossible values)
/// and names the first one by its JSON path, e.g. "results/C3.json: models[1].figures[0].series".
/// </summary>
internal static class AnalysisShape
{
    public static void Check(string file, ClaimAnalysis analysis)
    {
        Require(file, "claimId", analysis.ClaimId);
        Require(file, "profile", analysis.Profile);
        Require(file, "reproduceCommand", analysis.ReproduceCommand);
        Require(file, "models", analysis.Models);
        if (analysis.Models.Count == 0) throw Bad(file, "models", "is empty");
        for (int m = 0; m < analysis.Models.Count; m++)
        {
            string at = $"models[{m}]";
            ModelAnalysis model = analysis.Models[m] ?? throw Bad(file, at, "must not be null");
            Require(file, at + ".model", model.Model);
            if (model.Verdict is null && string.IsNullOrEmpty(model.NotApplicableReason))
                throw Bad(file, at, "has neither a verdict nor a notApplicableReason");
            if (model.Verdict is { } v)
            {
                Require(file, at + ".verdict.rule", v.Rule);
                Require(file, at + ".verdict.decidingQuantity", v.DecidingQuantity);
            }
            Require(file, at + ".constants", model.Constants);
            Require(file, at + ".settings", model.Settings);
            Require(file, at + ".unitKeys", model.UnitKeys);
            Require(file, at + ".figures", model.Figures);
            for (int k = 0; k < model.UnitKeys.Count; k++)
                if (!ContentHash.IsSha256Hex(model.UnitKeys[k])) throw Bad(file, $"{at}.unitKeys[{k}]", "is not 64 lowercase hex digits");
            for (int c = 0; c < model.Constants.Count; c++)
            {
                ConstantValue constant = model.Constants[c] ?? throw Bad(file, $"{at}.constants[{c}]", "must not be null");
                Require(file, $"{at}.constants[{c}].name", constant.Name);
                Require(file, $"{at}.constants[{c}].symbol", constant.Symbol);
                Require(file, $"{at}.constants[{c}].provenance", constant.Provenance);
            }
            for (int s = 0; s < model.Settings.Count; s++)
            {
                SettingValue setting = model.Settings[s] ?? throw Bad(file, $"{at}.settings[{s}]", "must not be null");
                Require(file, $"{at}.settings[{s}].name", setting.Name);
                Require(file, $"{at}.settings[{s}].value", setting.Value);
            }
            for (int f = 0; f < model.Figures.Count; f++) CheckFigure(file, $"{at}.figures[{f}]", model.Figures[f]);
        }
    }

    private static void CheckFigure(string file, string at, FigureData? figure)
    {
        if (figure is null) throw Bad(file, at, "must not be null");
        Require(file, at + ".id", figure.Id);
        if (figure.Id.Length == 0 || figure.Id.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") >= 0 || figure.Id.StartsWith('.'))
            throw Bad(file, at + ".id", $"'{figure.Id}' is not a file-name-safe id (letters, digits, '-', '_', '.')");
        Require(file, at + ".title", figure.Title);
        Require(file, at + ".xLabel", figure.XLabel);
        Require(file, at + ".yLabel", figure.YLabel);
        Require(file, at + ".series", figure.Series);
        for (int s = 0; s < figure.Series.Count; s++)
        {
            SeriesData series = figure.Series[s] ?? throw Bad(file, $"{at}.series[{s}]", "must not be null");
            Require(file, $"{at}.series[{s}].name", series.Name);
            Require(file, $"{at}.series[{s}].points", series.Points);
            for (int p = 0; p < series.Points.Count; p++)
                if (series.Points[p] is not { Slice: not null }) throw Bad(file, $"{at}.series[{s}].points[{p}]", "must be a point with a slice");
        }
    }

    private static void Require(string file, string field, object? value)
    {
        if (value is null) throw Bad(file, field, "missing or null");
    }

    private static UsageException Bad(string file, string field, string problem) => new($"{file}: {field}", problem);
}
