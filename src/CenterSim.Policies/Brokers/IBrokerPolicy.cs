namespace CenterSim.Policies.Brokers;

/// <summary>
/// Chooses the center a job runs in. Pure: the same request and options give the same choice. Options
/// are in center order; ties go to the sooner start, then the earliest (<see cref="BrokerScore"/>).
/// </summary>
public interface IBrokerPolicy
{
    /// <summary>The index into <paramref name="options"/> of the chosen center; <paramref name="options"/> is never empty.</summary>
    int Choose(BrokerRequest request, IReadOnlyList<CenterOption> options);
}
