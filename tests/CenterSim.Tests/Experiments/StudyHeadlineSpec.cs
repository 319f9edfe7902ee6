using CenterSim.Cli;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Experiments;

/// <summary>A study's <c>headline</c> key: the metrics of the report's first table, checked where they are written.</summary>
public sealed class StudyHeadlineSpec
{
    private const string Base = StudyLoaderSpec.Base;

    [Fact]
    public void The_headline_metrics_are_kept_in_order_with_where_they_are_written()
    {
        var yaml = Base + "\nheadline: [carbon_kg_per_delivered_chip_hour, utilization]\n";
        var result = StudyLoader.Parse(yaml, "h.yaml", StudyKind.Variants);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(new[] { "carbon_kg_per_delivered_chip_hour", "utilization" }, result.Study!.Headline!.Select(h => h.Metric));
        var (line, column) = PositionOf(yaml, "utilization]");
        Assert.Equal($"h.yaml:{line}:{column}", result.Study.Headline![1].Where);
        Assert.Null(StudyLoader.Parse(Base, "h.yaml", StudyKind.Variants).Study!.Headline);
    }

    [Fact]
    public void Repeats_empty_lists_and_unknown_metrics_are_errors_at_their_place()
    {
        var twice = Base + "\nheadline: [utilization, utilization]\n";
        var d = Assert.Single(StudyLoader.Parse(twice, "h.yaml", StudyKind.Variants).Errors);
        Assert.Equal(PositionOf(twice, "utilization]"), (d.Line, d.Column));
        Assert.Equal("'headline': 'utilization' is listed twice", d.Message);
        var empty = Base + "\nheadline: []\n";
        Assert.Contains("give 1 to 8 metrics", Assert.Single(StudyLoader.Parse(empty, "h.yaml", StudyKind.Variants).Errors).Message);

        var file = Path.Combine(Path.GetTempPath(), $"headline-{Guid.NewGuid():N}.yaml");
        var unknown = Base + "\nheadline: [utilisation, mean_wait_hours, carbn]\n";
        File.WriteAllText(file, unknown);
        try
        {
            var e = Assert.Throws<BadInputException>(() => StudyCommandRunner.Load(file, StudyKind.Variants, null, null, null));
            var (line, column) = PositionOf(unknown, "utilisation");
            Assert.Equal(
                $"{file}:{line}:{column}: 'headline': no metric is called 'utilisation' (`centersim list metrics` lists them)" + Environment.NewLine
                + $"{file}:{line}:{column + 30}: 'headline': no metric is called 'carbn' (`centersim list metrics` lists them)",
                e.Message);
            // `validate` says the same, before anything runs.
            var v = Assert.Throws<BadInputException>(() => CenterSim.Tests.Support.TestCli.App().Run(new[] { "validate", file }));
            Assert.Equal(e.Message, v.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
