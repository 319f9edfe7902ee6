namespace CenterSim.Model.Market;

/// <summary>
/// The provider's costs besides energy: servers' purchase price spread evenly over their lifetime, and
/// operations (staff, maintenance, network) per server per year.
/// </summary>
public sealed record EconomicsSpec(double LifetimeYears, double OperationsYuanPerServerYear)
{
    public static EconomicsSpec Default { get; } = new(5, 0);
}
