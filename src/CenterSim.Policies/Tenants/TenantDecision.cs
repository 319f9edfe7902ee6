namespace CenterSim.Policies.Tenants;

/// <summary>The tenant's choice; <see cref="WaitUntil"/> for <see cref="TenantChoice.Wait"/>, <see cref="ChipHours"/> the work it buys.</summary>
public readonly record struct TenantDecision(TenantChoice Choice, double WaitUntil, double ChipHours)
{
    /// <summary>Why the tenant abandons the job (for <see cref="TenantChoice.Abandon"/>).</summary>
    public Model.Results.RefusalReason Reason { get; init; }

    public static TenantDecision AbandonFor(Model.Results.RefusalReason reason) => new(TenantChoice.Abandon, double.NaN, 0) { Reason = reason };
}
