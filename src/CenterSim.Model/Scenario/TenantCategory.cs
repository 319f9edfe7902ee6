namespace CenterSim.Model.Scenario;

/// <summary>Who a tenant is, as voucher programs see it.</summary>
public enum TenantCategory
{
    Startup,
    Sme,
    Enterprise,
    University,
    Research,
    KeyProject,
}
