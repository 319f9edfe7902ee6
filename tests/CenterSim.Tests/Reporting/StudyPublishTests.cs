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
    private static bool IsResult(string path) => Path.GetFileName(path) is not ("notes.txt" or ".git");

    private static Action<string> Crash(string at) => step =>
    {
        if (step == at)
        {
            throw new InvalidOperationException("killed");
        }
    };

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
        policies:
          pricing: { name: fixed, yuan_per_chip_hour: 10 }
        """;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_crash_at_either_rename_leaves_the_old_or_the_new_folder_whole(int crashAt)
    {
        using var dir = new TempFolder();
        var dest = dir["out"];
        Write(dest, ("comparison.json", "old"), ("a/summary.json", "old"));
        var built = dir[".built"];
        Write(built, ("comparison.json", "new"), ("b/summary.json", "new"));

        Assert.Throws<InvalidOperationException>(() => FolderPublisher.Publish(built, dest, _ => true, "comparison.json", Crash(crashAt == 0 ? "moved the old result aside" : "renamed in")));
        FolderPublisher.Recover(dest);

        // Before the swap the old result is put back; after it the new one stands.
        Assert.Equal(crashAt == 0 ? ["a/summary.json=old", "comparison.json=old"] : ["b/summary.json=new", "comparison.json=new"], Files(dest));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith(".out.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("removed the marker")]
    [InlineData("removed the old result")]
    [InlineData("moved the new result in")]
    public void A_folder_with_other_files_is_not_moved_and_is_unfinished_until_the_marker_is_back(string crashAfter)
    {
        using var dir = new TempFolder();
        var dest = dir["out"];
        Write(dest, ("comparison.json", "old"), ("a/summary.json", "old"), ("notes.txt", "mine"), (".git/HEAD", "ref"));
        Write(dir[".built"], ("comparison.json", "new"), ("b/summary.json", "new"));

        Assert.Throws<InvalidOperationException>(() => FolderPublisher.Publish(dir[".built"], dest, IsResult, "comparison.json", Crash(crashAfter)));
        Assert.False(File.Exists(Path.Combine(dest, "comparison.json")), "no marker: a reader sees an unfinished result");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dest, "notes.txt")));

        Directory.Delete(dir[".built"], recursive: true);
        Write(dir[".built"], ("comparison.json", "newer"), ("c/summary.json", "newer"));
        FolderPublisher.Publish(dir[".built"], dest, IsResult, "comparison.json");
        Assert.Equal([".git/HEAD=ref", "c/summary.json=newer", "comparison.json=newer", "notes.txt=mine"], Files(dest));
    }

    [Fact]
    public void A_second_study_replaces_the_first_as_a_whole_even_after_a_crash_mid_publish()
    {
        using var dir = new TempFolder();
        var dest = dir["study"];
        var first = Study(Yaml + "\nvariants:\n  - name: dear\n    set: { centers.0.pue: 1.4 }\n  - name: busy\n    set: { tenants.0.training.arrivals_per_hour: 0.9 }\n", 7);
        StudyResultsWriter.Write(first.Table, Yaml, dest, ReportLanguage.English);

        // The second study has other arms and another seed; it dies after moving the first aside.
        var second = Study(Yaml + "\nvariants:\n  - name: cheap\n    set: { centers.0.tariff.flat_yuan_per_kwh: 0.3 }\n", 8);
        Assert.Throws<InvalidOperationException>(() => StudyResultsWriter.Write(second.Table, Yaml, dest, ReportLanguage.English,
            step => throw new InvalidOperationException(step)));
        Assert.False(Directory.Exists(dest));
        StudyResultsWriter.Recover(dest);
        Assert.Equal(7, Seed(dest, "comparison.json"));
        Assert.Equal(7, Seed(dest, "busy/summary.json"));
        Assert.Equal(["baseline", "busy", "dear", "plots"], Folders(dest));

        StudyResultsWriter.Write(second.Table, Yaml, dest, ReportLanguage.English);
        Assert.Equal(8, Seed(dest, "comparison.json"));
        Assert.Equal(8, Seed(dest, "cheap/summary.json"));
        Assert.Equal(["baseline", "cheap", "plots"], Folders(dest));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void A_study_written_where_other_files_live_replaces_only_its_own_entries()
    {
        using var dir = new TempFolder();
        var dest = dir["work"];
        Write(dest, (".git/HEAD", "ref"), ("notes.txt", "mine"), ("data/x.csv", "1"));
        var first = Study(Yaml + "\nvariants:\n  - name: dear\n    set: { centers.0.pue: 1.4 }\n", 7);
        StudyResultsWriter.Write(first.Table, Yaml, dest, ReportLanguage.English);
        var second = Study(Yaml + "\nvariants:\n  - name: cheap\n    set: { centers.0.tariff.flat_yuan_per_kwh: 0.3 }\n", 8);
        StudyResultsWriter.Write(second.Table, Yaml, dest, ReportLanguage.English);

        Assert.Equal(8, Seed(dest, "comparison.json"));
        Assert.Equal([".git", "baseline", "cheap", "data", "plots"], Folders(dest));
        Assert.Equal("ref", File.ReadAllText(Path.Combine(dest, ".git", "HEAD")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dest, "notes.txt")));
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
