namespace CenterSim.Policies.Capacity;

/// <summary>
/// What a tenant bought beyond plain on-demand chip-hours, from its market keys: preemptible (spot)
/// capacity, and chips reserved for it each period.
/// </summary>
public readonly record struct TenantTerms(bool Preemptible, int ReservedChips)
{
    public static TenantTerms OnDemand => default;
}
