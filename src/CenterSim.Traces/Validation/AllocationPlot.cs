namespace CenterSim.Traces.Validation;

/// <summary>Allocation ratio against arrived load, one line per policy (the paper's Figure 7a layout).</summary>
public static class AllocationPlot
{
    public const int Width = 1200;
    public const int Height = 700;

    public static void Write(TraceValidationResult result, string path)
    {
        var plot = new ScottPlot.Plot();
        foreach (var (policy, points) in result.MedianCurves)
        {
            if (points.Count == 0)
            {
                continue;
            }
            var line = plot.Add.Scatter(points.Select(p => (double)p.LoadPct).ToArray(), points.Select(p => p.AllocationPct).ToArray());
            line.LegendText = policy;
            line.MarkerSize = 0;
            line.LineWidth = 2;
        }
        plot.Title("GPU allocation in inflation mode (median over seeds)");
        plot.XLabel("Arrived workload (% of GPU capacity)");
        plot.YLabel("GPU allocation ratio (%)");
        plot.Axes.Title.Label.FontSize = 22;
        plot.Axes.Bottom.Label.FontSize = 18;
        plot.Axes.Left.Label.FontSize = 18;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Legend.FontSize = 16;
        plot.Legend.Alignment = ScottPlot.Alignment.UpperLeft;
        plot.ShowLegend();
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp.png");
        plot.SavePng(temp, Width, Height);
        File.Move(temp, path, overwrite: true);
    }
}
