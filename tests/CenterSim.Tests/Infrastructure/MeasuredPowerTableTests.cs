using System.Globalization;
using CenterSim.Model.Infrastructure;
using CenterSim.Policies.Power;

namespace CenterSim.Tests.Infrastructure;

public class MeasuredPowerTableTests
{
    [Fact]
    public void A_table_from_the_measured_8_chip_server_percentiles_passes_through_them()
    {
        // ../shared/data next to the repository root; the data is not part of the project.
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "CenterSim.sln")))
        {
            root = Path.GetDirectoryName(root);
        }
        var csv = root is null ? null : Path.Combine(root, "..", "shared", "data", "acme-trace-shanghai-ai-lab", "cdf_power.csv");
        if (csv is null || !File.Exists(csv))
        {
            Console.WriteLine($"skipped: measured power data not found at {csv ?? "../shared/data"}");
            return;
        }
        var rows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(','))
            .Select(c => (Pct: double.Parse(c[0], CultureInfo.InvariantCulture), W: double.Parse(c[1], CultureInfo.InvariantCulture)))
            .ToList();
        // Row 0 is a logging gap (0 W); idle is the 1st percentile, as the data's README reads it.
        double At(double pct) => rows.First(r => r.Pct >= pct).W;
        var table = new PowerTableSpec(At(1), At(50), At(90), rows[^1].W);
        var model = ServerPowerModel.FromTable(table);
        Assert.Equal(table.MedianW, model.Watts(0.5), 9);
        Assert.Equal(table.P90W, model.Watts(0.9), 9);
        Assert.Equal((table.MedianW + table.P90W) / 2, model.Watts(0.7), 9);
        Assert.InRange(table.IdleW, 1300, 1500);
        Assert.InRange(table.P90W, 4700, 5000);
    }
}
