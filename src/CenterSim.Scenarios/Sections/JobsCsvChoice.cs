using System.Globalization;
using CenterSim.Model.Scenario;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// What <c>output.jobs_csv</c> (and <c>--jobs-csv</c>) may say: <c>true</c> or <c>all</c> (every job),
/// <c>false</c> or <c>none</c> (no jobs.csv), or <c>sample:N</c> (a systematic sample of N jobs per replication).
/// </summary>
public static class JobsCsvChoice
{
    public const int MaxSample = 10_000_000;

    public const string Expected = "true/all, false/none or sample:N (N jobs per replication, 1 to 10000000)";

    /// <summary>The output it asks for, or null when the text is none of the choices.</summary>
    public static OutputSpec? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "all" => new OutputSpec(true),
        "false" or "none" => new OutputSpec(false),
        var t when t.StartsWith("sample:", StringComparison.Ordinal)
            && int.TryParse(t["sample:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxSample
            => new OutputSpec(true) { JobsCsvSample = n },
        _ => null,
    };
}
