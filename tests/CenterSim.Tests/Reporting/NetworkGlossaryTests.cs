using CenterSim.Reporting.Report;
using Xunit;

namespace CenterSim.Tests.Reporting;

public class NetworkGlossaryTests
{
    [Fact]
    public void Per_center_and_per_link_metrics_read_as_scope_and_known_metric()
    {
        Assert.Equal("west: Utilization (share)", MetricGlossary.Label("west.utilization", ReportLanguage.English));
        Assert.Equal("wan.east>west: Data carried (TB)", MetricGlossary.Label("wan.east>west.data_tb", ReportLanguage.English));
        Assert.Equal("west: 碳排放（千克 CO2）", MetricGlossary.Label("west.carbon_kg", ReportLanguage.Chinese));
        Assert.StartsWith("For west: ", MetricGlossary.Explain("west.jobs_in", ReportLanguage.English));
        // Category names keep their own prefix text; an unknown name stays as it is.
        Assert.Equal("Chip-hours: sme", MetricGlossary.Label("chip_hours_by_category.sme", ReportLanguage.English));
        Assert.Equal("west.no_such_metric", MetricGlossary.Label("west.no_such_metric", ReportLanguage.English));
        Assert.Null(MetricGlossary.Explain("west.no_such_metric", ReportLanguage.English));
    }
}
