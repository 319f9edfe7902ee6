using CenterSim.Cli;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Cli;

/// <summary>`compare` writes a study like `run` with variants, and results folders are not overwritten by another scenario or kind.</summary>
public class StudyOutputTests
{
    private static (int Code, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        return (CliApp.Run(args, error), error.ToString());
    }

    private static string Scenario(string name) => Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", name);

    [Fact]
    public void Compare_writes_a_study_folder_and_a_plain_run_cannot_write_over_it()
    {
        var dir = Directory.CreateTempSubdirectory("centersim-compare-").FullName;
        var study = Path.Combine(dir, "study");
        var (code, error) = Run("compare", Scenario("quickstart.yaml"), "--key", "centers.0.pue", "--values", "lean=1.1", "--out", study);
        Assert.True(code == ExitCodes.Success, error);
        foreach (var file in new[] { "comparison.json", "report.html", "report.md", "origin.json", "baseline/summary.json", "lean/summary.json" })
        {
            Assert.True(File.Exists(Path.Combine(study, file)), file);
        }
        Assert.Contains("\"kind\": \"study\"", File.ReadAllText(Path.Combine(study, "origin.json")));

        var (refused, why) = Run("run", Scenario("quickstart.yaml"), "--out", study);
        Assert.Equal(ExitCodes.BadInput, refused);
        Assert.Contains("holds the study results of scenario 'quickstart'", why);

        var foreign = Path.Combine(dir, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "mine");
        Assert.Contains("no origin.json", Run("run", Scenario("quickstart.yaml"), "--out", foreign).Error);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Unknown_metric_names_get_a_suggestion_before_anything_runs()
    {
        var (code, error) = Run("compare", Scenario("quickstart.yaml"), "--key", "centers.0.pue", "--values", "1.1", "--metrics", "utilisation");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("did you mean 'utilization'?", error);
    }
}
