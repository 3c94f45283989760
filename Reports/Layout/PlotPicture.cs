using ScottPlot;
using SkiaSharp;

namespace Repro.Reports.Layout;

/// <summary>
/// Records a plot as an <see cref="SKPicture"/> that holds exactly one render pass. ScottPlot
/// re-renders onto the same canvas while axis limits settle; on a vector canvas every pass
/// stays, so text would appear twice. Recording after a layout pass in memory, and checking the
/// pass count, gives one clean picture that PDF, SVG and PNG all replay.
/// </summary>
internal static class PlotPicture
{
    private const int MaxAttempts = 3;

    public static SKPicture Record(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);

        plot.RenderInMemory(width, height);
        var manager = plot.RenderManager;
        bool clear = manager.ClearCanvasBeforeEachRender;
        manager.ClearCanvasBeforeEachRender = false; // a clear would wipe the page under the figure
        try
        {
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                int before = manager.RenderCount;
                using var recorder = new SKPictureRecorder();
                SKCanvas canvas = recorder.BeginRecording(new SKRect(0, 0, width, height));
                plot.Render(canvas, new PixelRect(0, width, height, 0));
                SKPicture picture = recorder.EndRecording();
                if (manager.RenderCount - before == 1) return picture;
                picture.Dispose();
            }
        }
        finally
        {
            manager.ClearCanvasBeforeEachRender = clear;
        }
        throw new InvalidOperationException($"the plot did not settle into a single render pass after {MaxAttempts} attempts");
    }
}
