using System.Globalization;
using CenterSim.Reporting.Experiments;

namespace CenterSim.Reporting.Report;

/// <summary>
/// What makes a comparison of totals unfair, shown at the top of a study report: an arm whose delivered
/// work (completed chip-hours) differs from the reference arm's by more than <see cref="WorkTolerance"/>,
/// or an unstable arm, whose mean queue in the last quarter of the window is more than
/// <see cref="QueueGrowth"/> times the first quarter's plus one job. Such arms are not ranked on totals
/// (energy, cost, carbon, revenue: metrics in yuan, kWh or kg that are not per unit of work).
/// </summary>
public sealed class ComparisonWarnings
{
    public const double WorkTolerance = 0.05;
    public const double QueueGrowth = 2;

    private ComparisonWarnings(IReadOnlyList<string> lines, IReadOnlySet<string> flagged)
    {
        Lines = lines;
        Flagged = flagged;
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Arms not to rank on totals.</summary>
    public IReadOnlySet<string> Flagged { get; }

    public static ComparisonWarnings For(ComparisonTable table, ReportLanguage language)
    {
        var chinese = language == ReportLanguage.Chinese;
        var lines = new List<string>();
        var flagged = new HashSet<string>();
        var reference = table.Reference.Row("completed_chip_hours")?.Mean;
        foreach (var arm in table.Arms)
        {
            var work = arm.Row("completed_chip_hours")?.Mean;
            if (arm != table.Reference && reference is > 0 && work is { } w && Math.Abs(w / reference.Value - 1) > WorkTolerance)
            {
                flagged.Add(arm.Name);
                flagged.Add(table.Reference.Name);
                lines.Add(string.Format(CultureInfo.InvariantCulture, chinese
                    ? "{0} 完成的工作量（{1:N0} 卡时）与 {2}（{3:N0} 卡时）相差 {4:F1}%，超过 {5:F0}%：总量（能耗、成本、碳排放、收入）不可直接比较，请看每交付卡时的指标。"
                    : "{0} completed {1:N0} chip-hours of work against {3:N0} for {2} ({4:+0.0;-0.0}%, beyond {5:F0}%): its totals (energy, cost, carbon, revenue) are not comparable; compare the per-delivered-chip-hour metrics.",
                    arm.Name, w, table.Reference.Name, reference.Value, (w / reference.Value - 1) * 100, WorkTolerance * 100));
            }
            if (arm.Row("queue_first_quarter")?.Mean is { } first && arm.Row("queue_last_quarter")?.Mean is { } last && last > QueueGrowth * first + 1)
            {
                flagged.Add(arm.Name);
                lines.Add(string.Format(CultureInfo.InvariantCulture, chinese
                    ? "{0} 不稳定：队列在测量窗口最后四分之一平均 {2:F1} 个作业，最初四分之一为 {1:F1} 个；等待时间与完成量取决于运行时长。"
                    : "{0} is unstable: its queue averaged {1:F1} jobs in the first quarter of the window and {2:F1} in the last; its waits and work done depend on how long it runs.",
                    arm.Name, first, last));
            }
        }
        return new ComparisonWarnings(lines, flagged);
    }

    /// <summary>A total: money, energy or carbon summed over the run rather than per unit of work.</summary>
    public static bool IsTotal(string metric) =>
        !metric.Contains("_per_", StringComparison.Ordinal) && (metric.EndsWith("_yuan", StringComparison.Ordinal)
            || metric.EndsWith("_kwh", StringComparison.Ordinal) || metric.EndsWith("_kg", StringComparison.Ordinal));
}
