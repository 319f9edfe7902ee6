using CenterSim.Model.Workload;

namespace CenterSim.Model.Serving;

/// <summary>
/// A service's requests: either a replayed trace (<see cref="Replay"/>, its arrival times and tokens,
/// <see cref="ReplayRepeats"/> times in a row), or Poisson arrivals at <see cref="ArrivalsPerSecond"/> times the
/// hour's multiplier of <see cref="DailyProfile"/>, with tokens drawn from <see cref="PromptTokens"/> and
/// <see cref="OutputTokens"/> or as (prompt, output) pairs of a trace's rows (<see cref="TokenMix"/>).
/// </summary>
public sealed record RequestStreamSpec(double ArrivalsPerSecond, IReadOnlyList<double>? DailyProfile)
{
    public DistributionSpec? PromptTokens { get; init; }

    public DistributionSpec? OutputTokens { get; init; }

    /// <summary>Rows of a trace whose (prompt, output) pairs are drawn uniformly; null when the tokens come from distributions.</summary>
    public IReadOnlyList<TraceRequest>? TokenMix { get; init; }

    /// <summary>A trace replayed as it is; null for Poisson arrivals.</summary>
    public IReadOnlyList<TraceRequest>? Replay { get; init; }

    public int ReplayRepeats { get; init; } = 1;

    /// <summary>The trace file read for <see cref="TokenMix"/> or <see cref="Replay"/>, for reports.</summary>
    public string? TracePath { get; init; }

    /// <summary>The highest hourly multiplier (1 without a profile), the bound Poisson thinning draws under.</summary>
    public double PeakMultiplier => DailyProfile is null ? 1 : DailyProfile.Max();
}
