using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Registry;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Policies;

/// <summary>Every built-in policy by YAML name. A new policy is one class and one line here.</summary>
public static class PolicyCatalog
{
    public static PolicyRegistry<ISchedulingPolicy> Scheduling { get; } = new PolicyRegistry<ISchedulingPolicy>("scheduling")
        .Add("fifo", "first in, first out; the head of the queue blocks the rest", _ => new FifoScheduling())
        .Add("easy-backfill", "arrival order; later jobs may start early if they do not delay the head's reservation", _ => new EasyBackfillScheduling())
        .Add("priority", "by tenant category (key projects first), arrival order within one", _ => new PriorityScheduling())
        .Add("shortest-job-first", "shortest declared runtime first; every job that fits starts", _ => new ShortestJobFirstScheduling());

    public static PolicyRegistry<IPlacementPolicy> Placement { get; } = new PolicyRegistry<IPlacementPolicy>("placement")
        .Add("first-fit", "lowest-numbered server with room for the gang", _ => new FirstFitPlacement())
        .Add("best-fit", "the server with the fewest free chips that holds the gang", _ => new BestFitPlacement())
        .Add("random", "a random server with room; large gangs on random whole servers", _ => new RandomPlacement())
        .Add("topology-packing", "fewest servers, then fewest racks", _ => new TopologyPackingPlacement());

    public static PolicyRegistry<IPricingPolicy> Pricing { get; } = new PolicyRegistry<IPricingPolicy>("pricing")
        .Add("fixed", "one price per chip-hour", c => new FixedPricing(c.Get("yuan_per_chip_hour", 0)),
            new ParameterSpec("yuan_per_chip_hour", "price of one chip for one hour, yuan", Min: 0));

    public static IReadOnlyList<IPolicyCatalog> All { get; } = new IPolicyCatalog[] { Scheduling, Placement, Pricing };
}
