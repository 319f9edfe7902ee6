using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Market;

/// <summary>
/// The market's voucher counter: it books the agency's awards for a period, lets eligible tenants claim
/// from an on-demand pool first come first served, and books audits, misuse and claw-backs.
/// </summary>
public sealed class VoucherDesk
{
    private readonly Ledger _ledger;
    private readonly double[][] _shareByPool;
    private readonly bool[] _claimed;
    private VoucherAgencyProtocol.Awards? _awards;
    private long _onDemandLeft;

    public VoucherDesk(Ledger ledger, double[][] shareByPool)
    {
        _ledger = ledger;
        _shareByPool = shareByPool;
        _claimed = new bool[shareByPool.Length];
    }

    /// <summary>A new period: last period's awards and claims are over.</summary>
    public void NewPeriod()
    {
        Array.Clear(_claimed);
        _awards = null;
        _onDemandLeft = 0;
    }

    public void Awarded(VoucherAgencyProtocol.Awards awards)
    {
        _awards = awards;
        _onDemandLeft = awards.OnDemandPoolCents;
        for (var t = 0; t < awards.AwardCents.Length; t++)
        {
            Grant(t, awards.AwardCents[t]);
        }
    }

    /// <summary>First come, first served: a tenant's first quote in a period claims the cap or what is left.</summary>
    public void ClaimOnDemand(int tenant)
    {
        if (_awards is null || _onDemandLeft <= 0 || _claimed[tenant] || !Eligible(tenant))
        {
            return;
        }
        _claimed[tenant] = true;
        var claim = Math.Min(_awards.CapCents, _onDemandLeft);
        _onDemandLeft -= claim;
        Grant(tenant, claim);
    }

    /// <summary>Vouchers may pay this tenant's bills on some pool of the center.</summary>
    private bool Eligible(int tenant) => Array.Exists(_shareByPool[tenant], s => s > 0);

    /// <summary>Books an award, its audit, and (when the tenant was drawn to misuse it) the misuse and any claw-back.</summary>
    private void Grant(int tenant, long cents)
    {
        if (cents <= 0 || !Eligible(tenant))
        {
            return;
        }
        _ledger.Award(tenant, cents);
        _ledger.Audit(_awards!.AuditCostCents);
        if (_awards.Misuses[tenant])
        {
            var misused = _ledger.Misuse(tenant);
            if (_awards.Detected[tenant])
            {
                _ledger.ClawBack(misused);
            }
        }
    }
}
