namespace CenterSim.Model.Workload;

/// <summary>
/// Training jobs of one tenant: Poisson arrivals, a gang size drawn from <see cref="ChipChoices"/>
/// (weights optional) and work in chip-hours. A job on N chips runs for work / N hours.
/// </summary>
public sealed record TrainingWorkloadSpec(
    double ArrivalsPerHour,
    IReadOnlyList<int> ChipChoices,
    IReadOnlyList<double> ChipWeights,
    DistributionSpec ChipHours)
{
    /// <summary>Input data per job in GB, moved before the job starts in another region; null: none.</summary>
    public DistributionSpec? InputGb { get; init; }

    /// <summary>How the runtime a scheduler sees relates to the true one (<c>training.runtime_estimate</c>).</summary>
    public RuntimeEstimateSpec RuntimeEstimate { get; init; } = RuntimeEstimateSpec.ExactEstimate;
}
