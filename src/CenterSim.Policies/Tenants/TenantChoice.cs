namespace CenterSim.Policies.Tenants;

/// <summary>What a price-sensitive tenant does with a job after seeing the price.</summary>
public enum TenantChoice
{
    Submit,
    Wait,
    Shrink,
    Abandon,
}
