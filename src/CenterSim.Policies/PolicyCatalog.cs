using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Registry;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Policies;

/// <summary>Every built-in policy by YAML name. A new policy is one class and one line here.</summary>
public static class PolicyCatalog
{
    public static PolicyRegistry<ISchedulingPolicy> Scheduling { get; } = new PolicyRegistry<ISchedulingPolicy>("scheduling")
        .Add("fifo", "first in, first out; the head of the queue blocks the rest", _ => new FifoScheduling());

    public static PolicyRegistry<IPlacementPolicy> Placement { get; } = new PolicyRegistry<IPlacementPolicy>("placement")
        .Add("first-fit", "lowest-numbered server with room for the gang", _ => new FirstFitPlacement());

    public static PolicyRegistry<IPricingPolicy> Pricing { get; } = new PolicyRegistry<IPricingPolicy>("pricing")
        .Add("fixed", "one price per chip-hour", c => new FixedPricing(c.Get("yuan_per_chip_hour", 0)),
            new ParameterSpec("yuan_per_chip_hour", "price of one chip for one hour, yuan", Min: 0));

    public static IReadOnlyList<IPolicyCatalog> All { get; } = new IPolicyCatalog[] { Scheduling, Placement, Pricing };
}
