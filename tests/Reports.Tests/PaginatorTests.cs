using Repro.Reports.Layout;

namespace Repro.Reports.Tests;

public sealed class PaginatorTests
{
    private const float PageHeight = 100;

    private static Slice Block(float height, string name = "") => new(height, (_, _, _) => { }) { SpaceBefore = 0 };

    [Fact]
    public void SliceThatDoesNotFitOpensANewPage()
    {
        Slice a = Block(60), b = Block(50);
        var pages = Paginator.Paginate([a, b], PageHeight);
        Assert.Equal(2, pages.Count);
        Assert.Same(b, pages[1].Items[0].Slice);
        Assert.Equal(0, pages[1].Items[0].Top);
    }

    [Fact]
    public void HeadingIsNeverTheLastThingOnAPage()
    {
        Slice filler = Block(70), heading = Block(15) with { KeepWithNext = true }, body = Block(20);
        var pages = Paginator.Paginate([filler, heading, body], PageHeight);
        Assert.Equal(2, pages.Count);
        Assert.Equal([heading, body], pages[1].Items.Select(i => i.Slice));
    }

    [Fact]
    public void KeepChainTallerThanAPageDoesNotPushForever()
    {
        Slice filler = Block(10);
        Slice[] chain = [.. Enumerable.Range(0, 6).Select(_ => Block(30) with { KeepWithNext = true }), Block(30)];
        var pages = Paginator.Paginate([filler, .. chain], PageHeight);
        Assert.All(pages, page => Assert.NotEmpty(page.Items));
        Assert.Equal(8, pages.Sum(p => p.Items.Count));
        Assert.Same(filler, pages[0].Items[0].Slice);
        Assert.Equal(4, pages[0].Items.Count); // 10 + 3 × 30 fill the first page: the chain is not moved whole
    }

    [Fact]
    public void TableRowThatOpensAPageBringsItsHeader()
    {
        Slice header = Block(10) with { KeepWithNext = true };
        var rows = Enumerable.Range(0, 12).Select(_ => Block(15) with { RepeatHeader = header }).ToList();
        var pages = Paginator.Paginate([header, .. rows], PageHeight);
        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Same(header, page.Items[0].Slice));
        Assert.Equal(12, pages.Sum(p => p.Items.Count(i => !ReferenceEquals(i.Slice, header))));
    }

    [Fact]
    public void GapsVanishAtThePageTopAndBreaksNeverMakeBlankPages()
    {
        Slice a = Block(90), b = Block(20) with { SpaceBefore = 8 };
        var pages = Paginator.Paginate([Slice.Gap(30), a, Slice.Gap(5), Slice.PageBreak, Slice.PageBreak, b, Slice.PageBreak], PageHeight);
        Assert.Equal(2, pages.Count);
        Assert.Equal(0, pages[0].Items[0].Top);
        Assert.Same(b, pages[1].Items[0].Slice);
        Assert.Equal(0, pages[1].Items[0].Top);
    }

    [Fact]
    public void SpaceBeforeSeparatesSlicesWithinAPage()
    {
        Slice a = Block(10), b = Block(10) with { SpaceBefore = 6 };
        var page = Assert.Single(Paginator.Paginate([a, b], PageHeight));
        Assert.Equal(16, page.Items[1].Top);
    }

    [Fact]
    public void EmptyDocumentHasOnePage()
        => Assert.Single(Paginator.Paginate([], PageHeight));
}
