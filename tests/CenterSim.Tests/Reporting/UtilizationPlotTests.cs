using System.Buffers.Binary;
using CenterSim.Model.Results;
using CenterSim.Reporting.Plots;

namespace CenterSim.Tests.Reporting;

public class UtilizationPlotTests
{
    [Fact]
    public void Averages_only_hours_every_replication_has()
    {
        var series = Assert.IsType<UtilizationSeries>(UtilizationPlot.Average(ReportingData.Runs()));

        Assert.Equal([0, 1, 2], series.Hours);
        var util = Assert.IsType<double[]>(series.Utilization);
        var power = Assert.IsType<double[]>(series.PowerKw);
        // hour 0: (0.5 + 0.6 + 0.4) / 3 = 0.5, (40 + 42 + 38) / 3 = 40 kW; each later hour adds 0.1 and 1 kW.
        Assert.Equal(0.5, util[0], 1e-9);
        Assert.Equal(0.6, util[1], 1e-9);
        Assert.Equal(0.7, util[2], 1e-9);
        Assert.Equal([40, 41, 42], power);
    }

    [Fact]
    public void Missing_columns_are_left_out()
    {
        var runs = ReportingData.Runs()
            .Select(r => r with { Series = new TimeSeries(["hour", "utilization"], r.Series.Rows.Select(row => row[..2]).ToArray()) })
            .ToArray();
        var series = Assert.IsType<UtilizationSeries>(UtilizationPlot.Average(runs));
        Assert.NotNull(series.Utilization);
        Assert.Null(series.PowerKw);
        Assert.NotEmpty(UtilizationPlot.RenderPng("only utilization", series));

        var none = ReportingData.Runs().Select(r => r with { Series = TimeSeries.Empty }).ToArray();
        Assert.Null(UtilizationPlot.Average(none));
    }

    [Fact]
    public void Png_is_1200_by_600_and_identical_when_rendered_twice()
    {
        var series = UtilizationPlot.Average(ReportingData.Runs())!;

        var first = UtilizationPlot.RenderPng("east-hub", series);
        var second = UtilizationPlot.RenderPng("east-hub", series);

        Assert.True(first.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(first.AsSpan(16, 4)));
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(first.AsSpan(20, 4)));
        Assert.True(first.AsSpan().SequenceEqual(second), "two renderings of the same data differ");
    }
}
