using CenterSim.Model.Scenario;

namespace CenterSim.Model.Market;

/// <summary>
/// One voucher program (an issuing agency). The pool and the cap per tenant are yearly amounts, prorated
/// to the market period. A voucher covers <see cref="ShareFor"/> of each bill until it is used up; with
/// <see cref="Expires"/> what is left at the period's end is lost.
/// </summary>
public sealed record VoucherProgramSpec(
    string Name,
    PolicyChoice Allocation,
    double PoolYuanPerYear,
    double CapYuanPerTenantPerYear,
    double Share,
    double? DomesticShare,
    IReadOnlyDictionary<TenantCategory, double> ShareByCategory,
    IReadOnlyList<TenantCategory>? EligibleCategories,
    IReadOnlyList<string>? EligibleRegions,
    bool DomesticOnly,
    bool Expires,
    double MisuseShare,
    double AuditDetection,
    double AuditCostYuan)
{
    /// <summary>Share of a bill the voucher covers for a tenant of this category on domestic or imported chips.</summary>
    public double ShareFor(TenantCategory category, bool domesticChips)
    {
        if (ShareByCategory.TryGetValue(category, out var s))
        {
            return s;
        }
        return domesticChips && DomesticShare is { } d ? d : Share;
    }

    public bool IsEligible(TenantCategory category) => EligibleCategories is null || EligibleCategories.Contains(category);

    /// <summary>
    /// A network's agency: the region whose tenants may apply (a city's or province's firms); null when every
    /// tenant may. Where its vouchers may be spent is <see cref="EligibleRegions"/>.
    /// </summary>
    public string? IssuerRegion { get; init; }

    /// <summary>A network's agency: its vouchers also pay the data transfer fee of a job moved to another region, at the job's share.</summary>
    public bool CoversTransfer { get; init; }

    /// <summary>Its vouchers also pay inference services' token bills (<c>serving_bills: true</c>), at the share and within the cap of chip-hour bills.</summary>
    public bool CoversServing { get; init; }
}
