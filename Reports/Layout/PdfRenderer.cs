using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// The second pass: draws finished pages into a PDF with fixed metadata. The date is handed to
/// Skia as UTC, because SkiaSharp derives the written time-zone offset from the process's
/// local zone for any other DateTime kind — which would make the bytes depend on TZ.
/// </summary>
internal static class PdfRenderer
{
    public static void Render(Stream output, ReportMetadata metadata, string footerNote, IReadOnlyList<PageLayout> pages)
    {
        DateTime date = metadata.Date.UtcDateTime;
        SKDocumentPdfMetadata info = SKDocumentPdfMetadata.Default;
        info.Title = metadata.Title;
        info.Author = metadata.Author;
        info.Subject = metadata.Subject;
        info.Creator = metadata.Creator;
        info.Producer = metadata.Producer;
        info.Creation = date;
        info.Modified = date;

        using SKDocument document = SKDocument.CreatePdf(output, info)
            ?? throw new InvalidOperationException("Skia could not create a PDF document");
        for (int k = 0; k < pages.Count; k++)
        {
            SKCanvas canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
            foreach (PlacedSlice item in pages[k].Items)
                item.Slice.Draw(canvas, PageGeometry.ContentLeft, PageGeometry.ContentTop + item.Top);
            PageFooter.Draw(canvas, k + 1, pages.Count, footerNote);
            document.EndPage();
        }
        document.Close();
    }
}
