namespace CenterSim.Policies.Tenants;

/// <summary>The tenant's choice; <see cref="WaitUntil"/> for <see cref="TenantChoice.Wait"/>, <see cref="ChipHours"/> the work it buys.</summary>
public readonly record struct TenantDecision(TenantChoice Choice, double WaitUntil, double ChipHours)
{
    public static TenantDecision Abandon { get; } = new(TenantChoice.Abandon, double.NaN, 0);
}
