using CenterSim.Model.Scenario;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// What a network's market counts besides its book, of measured jobs: chip-hours each tenant asked for
/// and bought, what was sold at each center by tenant category, on domestic chips and outside the buyer's
/// home region, and the jobs abandoned (per center offered).
/// </summary>
public sealed class NetworkMarketTallies
{
    public NetworkMarketTallies(TenantCategory[] categories, int[] homeRegion, int regions, int centers)
    {
        HomeRegion = homeRegion;
        BoughtByHome = new double[regions];
        AwayByHome = new double[regions];
        Categories = categories;
        DemandChipHours = new double[categories.Length];
        BoughtChipHours = new double[categories.Length];
        SoldAt = Enumerable.Range(0, centers).Select(_ => Enum.GetValues<TenantCategory>().ToDictionary(c => c, _ => 0.0)).ToArray();
        AbandonedAt = new long[centers];
    }

    public TenantCategory[] Categories { get; }

    /// <summary>Each tenant's home region (index into the network's regions).</summary>
    public int[] HomeRegion { get; }

    /// <summary>Per home region: chip-hours its tenants bought anywhere, and outside the region.</summary>
    public double[] BoughtByHome { get; }

    public double[] AwayByHome { get; }

    public double[] DemandChipHours { get; }

    public double[] BoughtChipHours { get; }

    /// <summary>Per center, chip-hours sold there by tenant category.</summary>
    public Dictionary<TenantCategory, double>[] SoldAt { get; }

    public long[] AbandonedAt { get; }

    public double DomesticChipHours { get; private set; }

    /// <summary>Chip-hours bought at a center outside the buyer's home region.</summary>
    public double AwayChipHours { get; private set; }

    public void Demanded(Job job) => DemandChipHours[job.Tenant.Index] += job.Measured ? job.ChipHours : 0;

    public void Bought(Job job, bool domestic, bool away)
    {
        if (!job.Measured)
        {
            return;
        }
        BoughtChipHours[job.Tenant.Index] += job.ChipHours;
        SoldAt[job.Center][job.Category] += job.ChipHours;
        DomesticChipHours += domestic ? job.ChipHours : 0;
        AwayChipHours += away ? job.ChipHours : 0;
        BoughtByHome[HomeRegion[job.Tenant.Index]] += job.ChipHours;
        AwayByHome[HomeRegion[job.Tenant.Index]] += away ? job.ChipHours : 0;
    }

    public void Abandoned(Job job) => AbandonedAt[job.Center] += job.Measured ? 1 : 0;
}
