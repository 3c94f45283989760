using Repro.Reports.Layout;
using SkiaSharp;

namespace Repro.Reports.Tests;

public sealed class TextWrapperTests
{
    private const float Width = 120;

    [Fact]
    public void ProseLinesFitAndKeepEveryWordInOrder()
    {
        using SKFont font = Typography.Body.CreateFont();
        string text = "The   hidden-state Lipschitz bound holds uniformly over the unit ball for every width m and length T.";
        List<string> lines = TextWrapper.Prose(text, font, Width);

        Assert.True(lines.Count > 2);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= Width, line));
        Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), lines.SelectMany(l => l.Split(' ')));
    }

    [Fact]
    public void ProseSplitsOnlyAWordTooLongForALine()
    {
        using SKFont font = Typography.Body.CreateFont();
        string token = string.Concat(Enumerable.Repeat("abcdef0123", 6));
        List<string> lines = TextWrapper.Prose("hash " + token + " end", font, Width);

        Assert.Equal("hash", lines[0]);
        Assert.Equal(token + " end", string.Concat(lines.Skip(1).SkipLast(1)) + " " + lines[^1].Split(' ')[^1]);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= Width, line));
    }

    [Fact]
    public void ExplicitNewlinesStartNewLines()
    {
        using SKFont font = Typography.Body.CreateFont();
        Assert.Equal(["one", "", "two"], TextWrapper.Prose("one\n\ntwo", font, Width));
    }

    [Fact]
    public void CodeWithoutSpacesBreaksAnywhereAndLosesNothing()
    {
        using SKFont font = Typography.Code.CreateFont();
        string command = "--claims=" + string.Join(',', Enumerable.Range(1, 40).Select(i => $"C{i}"));
        var lines = TextWrapper.Code(command, font, Width, indent: 10);

        Assert.True(lines.Count > 2);
        Assert.False(lines[0].Continuation);
        Assert.All(lines.Skip(1), l => Assert.True(l.Continuation));
        Assert.Equal(command, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.True(font.MeasureText(l.Text) <= (l.Continuation ? Width - 10 : Width), l.Text));
    }

    [Fact]
    public void CodePrefersBreakingAtASpace()
    {
        using SKFont font = Typography.Code.CreateFont();
        var lines = TextWrapper.Code("repro run --profile review --jobs 2", font, Width, indent: 0);
        Assert.All(lines, l => Assert.False(l.Text.StartsWith('-') && l.Text.Contains(' ', StringComparison.Ordinal) && l.Text.EndsWith('-')));
        Assert.Equal("repro run --profile review --jobs 2", string.Join(' ', lines.Select(l => l.Text)));
    }
}
