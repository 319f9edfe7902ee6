using CenterSim.Model.Serving;
using CenterSim.Policies;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// What a service's requests pay: each served request's tokens at the prices its pricing policy has in force
/// then (<see cref="IPricingPolicy.PriceTokens"/>). In a market run the bills accrue and are sent to the
/// market at every hour boundary and when the run ends (<see cref="MarketProtocol.ServingBill"/>), so the
/// market's work grows with the hours, not with the requests. Each bill is the whole run's accrual rounded to
/// the cent less what was billed before, so the cents billed always equal the accrual rounded once.
/// </summary>
public sealed class ServiceBilling
{
    private readonly RunContext _run;
    private readonly IPricingPolicy _pricing;
    private readonly int _pool;
    private readonly int? _tenant;
    private double _accruedYuan;
    private long _billedCents;

    public ServiceBilling(RunContext run, ServiceSpec spec)
    {
        _run = run;
        _pricing = PolicyCatalog.Pricing.Create(spec.Pricing);
        _pool = spec.Pool;
        _tenant = run.Spec.Market is null ? null : spec.Tenant
            ?? throw new InvalidOperationException($"service '{spec.Name}' has no tenant to bill in a market run");
    }

    /// <summary>Whether the market settles the bills (a market run).</summary>
    public bool Settles => _tenant is not null;

    /// <summary>The bill of a request served now, yuan; accrued for the market.</summary>
    public double Served(double now, int promptTokens, int outputTokens)
    {
        var prices = _pricing.PriceTokens(new TokenPricingContext(now))
            ?? throw new InvalidOperationException("the service's pricing prices no tokens");
        var yuan = prices.BillYuan(promptTokens, outputTokens);
        _accruedYuan += yuan;
        return yuan;
    }

    /// <summary>Sends the market what was accrued since the last bill (nothing when it rounds to no cent).</summary>
    public void Bill()
    {
        if (_tenant is not { } tenant)
        {
            return;
        }
        var cents = Ledger.ToCents(_accruedYuan) - _billedCents;
        if (cents > 0)
        {
            _billedCents += cents;
            _run.Directory.Market.Tell(new MarketProtocol.ServingBill(tenant, _pool, cents), Akka.Actor.ActorRefs.NoSender);
        }
    }
}
