using System.Diagnostics;
using CenterSim.Scenarios;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Fuzzing;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Fuzzing;

/// <summary>
/// Seeded mutants of every shipped scenario through load and validate, and a 12-hour run of those that
/// validate: each must end in a spec or a list of diagnostics at a position, never an exception or a hang.
/// </summary>
public sealed class ScenarioFuzzTests
{
    private const int Mutants = 300;

    /// <summary>A mutant whose load or run takes longer counts as hanging; the slowest take about a second.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Runs of larger mutants are left to `centersim fuzz`, which has the time.</summary>
    private const int MaxChipsToRun = 4096;

    [Fact]
    public void Mutants_of_the_shipped_scenarios_give_diagnostics_or_a_run_never_an_exception()
    {
        var files = ScenarioCorpus.Files(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios"));
        Assert.True(files.Count >= 10, $"found only {files.Count} scenarios");
        // Unmutated, every scenario capped to a short run still loads: the capping itself changes nothing else.
        Assert.All(files, f => Assert.True(ScenarioLoader.Parse(ShortRun.Cap(File.ReadAllText(f)), f).Ok, f));
        var mutator = new ScenarioMutator(1);
        int valid = 0, rejected = 0, ran = 0;
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < Mutants; k++)
        {
            var source = files[k % files.Count];
            // Next to the original, so relative trace paths still resolve.
            var path = Path.Combine(Path.GetDirectoryName(source)!, $"mutant-{k}.yaml");
            var text = mutator.Mutate(File.ReadAllText(source));
            var what = $"mutant {k} of {Path.GetFileName(source)} ({mutator.Operators})";
            var check = Within(what, () => StudyCheck.Parse(text, path));
            if (!check.Ok)
            {
                rejected++;
                Assert.All(check.Errors, d => Assert.True(d.Line >= 1 && d.Column >= 1 && d.Message.Length > 0, $"{what}: {d}"));
                Assert.NotEmpty(check.Errors);
                continue;
            }
            valid++;
            var capped = ScenarioLoader.Parse(ShortRun.Cap(text), path);
            Assert.True(capped.Ok, $"{what}: capped to a short run it no longer loads: {string.Join("; ", capped.Errors)}");
            var spec = capped.Spec!;
            var chips = spec.Network?.Centers.Sum(c => (long)c.Racks.Count * c.Racks.ServersPerRack * spec.Hardware[c.Racks.ServerType].ChipsPerServer) ?? spec.TotalChips;
            if (chips <= MaxChipsToRun)
            {
                var runs = Within(what, () => BatchRunner.Run([spec], 0, 1, 1));
                Assert.Single(runs[0]);
                ran++;
            }
        }
        // Seed 1 is fixed, so these counts are too; they show the mutants reach both sides.
        Assert.True(rejected > Mutants / 3, $"only {rejected} of {Mutants} mutants were rejected");
        Assert.True(ran > 30, $"only {ran} of {valid} valid mutants ran");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
    }

    private static T Within<T>(string what, Func<T> work)
    {
        var task = Task.Run(work);
        try
        {
            Assert.True(task.Wait(Limit), $"{what}: no answer within {Limit.TotalSeconds} s");
        }
        catch (AggregateException e)
        {
            Assert.Fail($"{what}: {e.InnerException}");
        }
        return task.Result;
    }
}
