using CenterSim.Cli;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Cli;

/// <summary>The command line refuses what it does not understand, before any simulation, and says what was meant.</summary>
public class StrictCommandLineTests
{
    private static (int Code, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = CliApp.Run(args, error);
        return (code, error.ToString());
    }

    private static string Scenario => Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "quickstart.yaml");

    [Fact]
    public void Bench_refuses_options_of_parts_it_does_not_run_and_names_every_problem_at_once()
    {
        var (code, error) = Run("bench", "--scale", "--scheduling", "fifo,foo", "--placement", ",", "--threads", "1", "--days", "400", "--repeats", "0");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--scheduling: unknown policy 'foo'", error, StringComparison.Ordinal);
        Assert.Contains("--placement names no policy", error, StringComparison.Ordinal);
        Assert.Contains("--threads must be from 2 to 256", error, StringComparison.Ordinal);
        Assert.Contains("--threads is read only with --parallel", error, StringComparison.Ordinal);
        Assert.Contains("--days must be above 0 and at most 366", error, StringComparison.Ordinal);
        Assert.Contains("--repeats must be from 1 to 20", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        (code, error) = Run("bench", "--racks", "157", "--days", "5");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--racks is read only with --scale", error, StringComparison.Ordinal);
        Assert.Contains("--days is read only with --scale, --network or --parallel", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_with_the_option_that_got_it()
    {
        var (code, error) = Run("bench", "--repeats", "x");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("centersim: bench: --repeats: 'x' is not a whole number", error, StringComparison.Ordinal);

        (code, error) = Run("bench", "--jobs=many");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("centersim: bench: --jobs: 'many' is not a whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_precision_metric_is_refused_before_any_run_with_its_position()
    {
        var file = Path.Combine(Path.GetTempPath(), $"precision-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, File.ReadAllText(Scenario).Replace("name: quickstart", "name: qp\nprecision: { metric: utilisation, half_width_percent: 5, max_replications: 6 }", StringComparison.Ordinal));
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.StartsWith("precision:", StringComparison.Ordinal)) + 1;
        try
        {
            foreach (var command in new[] { "validate", "run" })
            {
                var (code, error) = Run(command, file, "--out", Path.Combine(Path.GetTempPath(), $"never-{Guid.NewGuid():N}"));
                if (command == "validate")
                {
                    (code, error) = Run(command, file);
                }
                Assert.Equal(2, code);
                Assert.Contains($"{file}:{line}:22: 'precision.metric': unknown metric 'utilisation'; did you mean 'utilization'?", error, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--replication", "10", "did you mean '--replications'?")]
    [InlineData("--bogus-flag", "3", "the options of `run` are")]
    [InlineData("--set", "centers.0.pue=1.2", "it is an option of `centersim sweep`")]
    public void Unknown_options_of_run_exit_2_with_a_hint(string option, string value, string hint)
    {
        var (code, error) = Run("run", Scenario, option, value, "--out", Path.Combine(Path.GetTempPath(), "never-written"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(hint, error);
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "never-written")));
    }

    [Fact]
    public void A_misspelt_sweep_option_does_not_run_the_files_own_sweep()
    {
        var (code, error) = Run("sweep", Scenario, "--sett", "x=1,2");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("did you mean '--set'?", error);
    }

    [Fact]
    public void Stray_arguments_and_unknown_commands_exit_2()
    {
        Assert.Equal(ExitCodes.BadInput, Run("run", Scenario, "extra").Code);
        var (code, error) = Run("rnu", Scenario);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("did you mean 'run'?", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/proc/centersim-x")]
    [InlineData("/dev/null")]
    public void Unwritable_output_folders_are_refused_before_simulating(string folder)
    {
        var (code, error) = Run("run", Scenario, "--out", folder);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"centersim: --out '{folder}'", error);
    }

    [Fact]
    public void Too_long_names_and_files_in_the_way_are_refused()
    {
        var file = Path.GetTempFileName();
        Assert.Contains("this is a file, not a folder", Run("run", Scenario, "--out", file).Error);
        Assert.Contains("is a file, so no folder can be made under it", Run("run", Scenario, "--out", Path.Combine(file, "sub")).Error);
        Assert.Contains("at most 255 are allowed", Run("run", Scenario, "--out", Path.Combine(Path.GetTempPath(), new string('a', 300))).Error);
        File.Delete(file);
    }

    [Fact]
    public void The_reference_results_need_force()
    {
        var (code, error) = Run("run", Scenario, "--out", Path.Combine(ScenarioTexts.RepositoryRoot(), "results", "quickstart"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("committed reference results", error);
    }
}
