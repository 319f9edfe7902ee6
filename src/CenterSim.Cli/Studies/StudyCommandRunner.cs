using System.Diagnostics;
using CenterSim.Cli.Output;
using CenterSim.Model.Experiments;
using CenterSim.Reporting;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Report;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Sections;
using Spectre.Console;

namespace CenterSim.Cli.Studies;

/// <summary>What `run` and `sweep` share: load the study, apply command-line overrides, run it, write and print it.</summary>
public static class StudyCommandRunner
{
    public static StudySpec Load(string file, StudyKind kind, IReadOnlyList<SweepAxis>? axes, ulong? seed, int? replications, string? jobsCsv = null,
        IReadOnlyList<ArmPlan>? commandLineArms = null)
    {
        var output = jobsCsv is null ? null
            : JobsCsvChoice.Parse(jobsCsv) ?? throw new BadInputException($"--jobs-csv '{jobsCsv}': expected {JobsCsvChoice.Expected}");
        var result = StudyLoader.LoadFile(file, kind, axes, commandLineArms);
        if (!result.Ok || result.Study is null)
        {
            throw new BadInputException(result.Errors.Select(e => e.ToString()).ToList());
        }
        MetricNames.CheckPrecision(result.Study.Precision);
        ScenarioInput.PrintWarnings(result.Warnings);
        if (kind == StudyKind.Variants && commandLineArms is null && SweepKey(file) is { } sweep)
        {
            Console.Error.WriteLine($"{file}:{sweep.Line}:{sweep.Column}: note: 'sweep' is run by `centersim sweep {file}`; `run` runs the base scenario and its variants");
        }
        var study = result.Study;
        var arms = study.Arms.Select(a => a with
        {
            Spec = a.Spec with { Seed = seed ?? a.Spec.Seed, Replications = replications ?? a.Spec.Replications, Output = output ?? a.Spec.Output },
        }).ToList();
        if (study.Precision is { } p && arms[0].Spec.Replications < 2)
        {
            throw new BadInputException($"{p.Where}: 'precision' needs at least 2 replications to start from");
        }
        var unknown = HeadlineCheck.Problems(study);
        if (unknown.Count > 0)
        {
            throw new BadInputException(unknown);
        }
        study = study with { Arms = arms };
        if (replications is not null && StudyLimits.Problem(study) is { } problem)
        {
            throw new BadInputException($"--replications {replications}: {problem}");
        }
        return study;
    }

    private static Scenarios.Tree.Node? SweepKey(string file) =>
        (Scenarios.Tree.YamlTreeReader.Read(File.ReadAllText(file), file, new List<Scenarios.Diagnostic>()) as Scenarios.Tree.MappingNode)?.Find("sweep")?.Key;

    public static ReportLanguage Language(string? lang) => lang switch
    {
        null or "en" => ReportLanguage.English,
        "zh" => ReportLanguage.Chinese,
        _ => throw new BadInputException($"--lang '{lang}': expected 'en' or 'zh'"),
    };

    /// <summary>The kind recorded in a results folder's origin.json: a plain run's folder and a study's never mix.</summary>
    public static string OriginKind(StudySpec study) => study.Kind switch
    {
        StudyKind.Single => "run",
        StudyKind.Sweep => "sweep",
        _ => "study",
    };

    public static int Execute(StudySpec study, string file, string outDir, bool force, int threads, ReportLanguage language, string? cluster = null,
        IReadOnlyList<string>? printed = null, bool verbose = false)
    {
        var origin = ResultsOrigin.Of(file, study.Name, OriginKind(study));
        origin.Check("--out", outDir, force);
        var clock = Stopwatch.StartNew();
        if (study.Kind != StudyKind.Single)
        {
            // A study folder a killed run left moved aside comes back before anything runs.
            StudyResultsWriter.Recover(outDir);
        }
        var reps = study.Reference.Spec.Replications;
        var title = $"{study.Name}: {study.Arms.Count} configuration(s) x {reps}{(study.Precision is null ? "" : "+")} replication(s)";
        var results = cluster is null
            ? Progress.Run(StudyExecutor.MaxRuns(study), title, report => StudyExecutor.Run(study, threads, report))
            : Progress.Run(StudyExecutor.MaxRuns(study), title + $" on the cluster at {cluster}", report => ClusterStudyExecutor.Run(study, file, cluster, report, verbose));

        IReadOnlyList<string> written;
        if (study.Kind == StudyKind.Single)
        {
            written = ResultsWriter.Write(results[0].Arm.Spec, results[0].Runs, outDir);
            clock.Stop();
            SummaryPrinter.Print(results[0].Arm.Spec, results[0].Runs);
        }
        else
        {
            var table = ComparisonTable.Build(study, results);
            written = StudyResultsWriter.Write(table, File.ReadAllText(file), outDir, language);
            clock.Stop();
            ComparisonPrinter.Print(table, printed);
        }
        origin.Record(outDir);
        AnsiConsole.MarkupLineInterpolated($"[grey]wrote {written.Count + 1} files to {outDir} in {clock.Elapsed.TotalSeconds:F1} s (wall clock)[/]");
        return ExitCodes.Success;
    }
}
