using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Reporting.Formatting;

namespace CenterSim.Reporting.Files;

/// <summary>
/// Writes <c>jobs.csv</c>, one row per measured job of every replication, streamed row by row so
/// millions of jobs need no more memory than one row. Times are hours since the start of the run;
/// wait_h = start − submit and jct_h = end − submit; NaN (an event that never came) is an empty cell.
/// <c>reason</c> says why a rejected or abandoned job never ran (price, budget, patience, ecosystem, size).
/// A network run adds a last column, <c>center</c>: where the job ran.
/// </summary>
public static class JobsCsvWriter
{
    public static readonly IReadOnlyList<string> Header =
    [
        "replication", "job", "tenant", "category", "chips", "chip_hours",
        "submit_h", "start_h", "end_h", "wait_h", "jct_h", "cost_yuan", "status", "reason",
    ];

    private static readonly Dictionary<RefusalReason, string> ReasonNames =
        Enum.GetValues<RefusalReason>().ToDictionary(r => r, r => r == RefusalReason.None ? "" : NumberText.SnakeCase(r));

    private static readonly Dictionary<TenantCategory, string> CategoryNames =
        Enum.GetValues<TenantCategory>().ToDictionary(c => c, NumberText.SnakeCase);

    private static readonly Dictionary<JobStatus, string> StatusNames =
        Enum.GetValues<JobStatus>().ToDictionary(s => s, NumberText.SnakeCase);

    /// <param name="sample">write a systematic sample of this many jobs per replication (<see cref="JobSample"/>); null: every job</param>
    public static void Write(IReadOnlyList<RunResult> runs, Stream stream, int? sample = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(stream);

        using var csv = CsvFiles.Open(stream);
        var network = runs.Any(r => r.Jobs.Any(j => j.Center is not null));
        csv.WriteHeader(network ? [.. Header, "center"] : [.. Header]);
        foreach (var run in runs)
        {
            foreach (var job in sample is { } n ? JobSample.Of(run.Jobs, n) : run.Jobs)
            {
                csv.WriteField(run.Replication, "");
                csv.WriteField(job.Id, "");
                csv.WriteField(job.Tenant);
                csv.WriteField(CategoryNames[job.Category]);
                csv.WriteField(job.Chips, "");
                CsvFiles.WriteNumber(csv, job.ChipHours);
                CsvFiles.WriteNumber(csv, SimTime.ToHours(job.Submit));
                CsvFiles.WriteNumber(csv, SimTime.ToHours(job.Start));
                CsvFiles.WriteNumber(csv, SimTime.ToHours(job.End));
                CsvFiles.WriteNumber(csv, SimTime.ToHours(job.Start - job.Submit));
                CsvFiles.WriteNumber(csv, SimTime.ToHours(job.End - job.Submit));
                CsvFiles.WriteNumber(csv, job.CostYuan);
                csv.WriteField(StatusNames[job.Status]);
                csv.WriteField(ReasonNames[job.Reason]);
                if (network)
                {
                    csv.WriteField(job.Center ?? "");
                }
                csv.EndRecord();
            }
        }
    }
}
