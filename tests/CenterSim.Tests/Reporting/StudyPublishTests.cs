using System.Text.Json;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Files;
using CenterSim.Reporting.Report;
using CenterSim.Scenarios.Experiments;

namespace CenterSim.Tests.Reporting;

/// <summary>A study folder is replaced as a whole: a crash at any step of publishing leaves one complete study, never two mixed.</summary>
public sealed class StudyPublishTests
{
    private static readonly string[] Steps = ["moved the old result aside", "renamed in"];

    private static bool IsResult(string path) => Path.GetFileName(path) != "notes.txt";

    private const string Yaml = """
        name: publish
        seed: 7
        replications: 1
        duration: 1d
        output: { jobs_csv: false }
        hardware:
          servers:
            box: { chip: x, chips: 8, idle_w: 1000, peak_w: 5000 }
        centers:
          - name: c
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.5 }
            racks: { count: 1, servers_per_rack: 2, server: box }
        tenants:
          - group: t
            category: startup
            training: { arrivals_per_hour: 0.5, chips: [1, 8], chip_hours: { exponential: { mean: 10 } } }
        """;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_crash_at_any_step_leaves_the_old_or_the_new_folder_whole(int crashAt)
    {
        using var dir = new TempFolder();
        var dest = dir["out"];
        Write(dest, ("comparison.json", "old"), ("a/summary.json", "old"), ("notes.txt", "mine"));
        var built = dir[".built"];
        Write(built, ("comparison.json", "new"), ("b/summary.json", "new"));

        Assert.Throws<InvalidOperationException>(() => FolderPublisher.Publish(built, dest, IsResult, step =>
        {
            if (step == Steps[crashAt])
            {
                throw new InvalidOperationException("killed");
            }
        }));
        FolderPublisher.Recover(dest, IsResult);

        // Before the swap the old result is put back; after it the new one stands, and the user's file joins it.
        string[] expected = crashAt == 0
            ? ["a/summary.json=old", "comparison.json=old", "notes.txt=mine"]
            : ["b/summary.json=new", "comparison.json=new", "notes.txt=mine"];
        Assert.Equal(expected, Files(dest));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith(".out.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_study_replaces_the_first_as_a_whole_even_after_a_crash_mid_publish()
    {
        using var dir = new TempFolder();
        var dest = dir["study"];
        var first = Study(Yaml + "\nvariants:\n  - name: dear\n    set: { centers.0.pue: 1.4 }\n  - name: busy\n    set: { tenants.0.training.arrivals_per_hour: 0.9 }\n", 7);
        StudyResultsWriter.Write(first.Table, Yaml, dest, ReportLanguage.English);
        File.WriteAllText(Path.Combine(dest, "notes.txt"), "mine");

        // The second study has other arms and another seed; it dies after moving the first aside.
        var second = Study(Yaml + "\nvariants:\n  - name: cheap\n    set: { centers.0.tariff.flat_yuan_per_kwh: 0.3 }\n", 8);
        Assert.Throws<InvalidOperationException>(() => StudyResultsWriter.Write(second.Table, Yaml, dest, ReportLanguage.English,
            step => throw new InvalidOperationException(step)));
        Assert.False(Directory.Exists(dest));
        FolderPublisher.Recover(dest, IsResult);
        Assert.Equal(7, Seed(dest, "comparison.json"));
        Assert.Equal(7, Seed(dest, "busy/summary.json"));
        Assert.Equal(["baseline", "busy", "dear", "plots"], Folders(dest));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dest, "notes.txt")));

        StudyResultsWriter.Write(second.Table, Yaml, dest, ReportLanguage.English);
        Assert.Equal(8, Seed(dest, "comparison.json"));
        Assert.Equal(8, Seed(dest, "cheap/summary.json"));
        Assert.Equal(["baseline", "cheap", "plots"], Folders(dest));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dest, "notes.txt")));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void Staging_folders_of_a_process_that_ended_are_removed_by_the_next_run()
    {
        using var dir = new TempFolder();
        // Process ids are below 2^22 on Linux; this one cannot be running.
        var dead = Directory.CreateDirectory(dir[".out.staging-999999999-0123456789abcdef0123456789abcdef"]).FullName;
        var live = Directory.CreateDirectory(dir[$".out.staging-{Environment.ProcessId}-fedcba9876543210fedcba9876543210"]).FullName;
        using (StagingFolder.For(dir["out"]))
        {
        }
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live));
    }

    private static (StudySpec Study, ComparisonTable Table) Study(string yaml, ulong seed)
    {
        var loaded = StudyLoader.Parse(yaml, "p.yaml", StudyKind.Variants);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Errors));
        var study = loaded.Study! with { Arms = loaded.Study!.Arms.Select(a => a with { Spec = a.Spec with { Seed = seed } }).ToList() };
        return (study, ComparisonTable.Build(study, StudyExecutor.Run(study, 1, _ => { })));
    }

    private static void Write(string root, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static string[] Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/') + "=" + File.ReadAllText(f))
            .Order(StringComparer.Ordinal).ToArray();

    private static string[] Folders(string root) => Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static long Seed(string root, string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, file)));
        return json.RootElement.GetProperty("seed").GetInt64();
    }
}
