using CenterSim.Policies.Capacity;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Simulation.Scheduling;

/// <summary>The policies that decide for one pool: scheduling, placement, pricing and the capacity rule that pricing imposes.</summary>
public sealed record PoolPolicies(ISchedulingPolicy Scheduling, IPlacementPolicy Placement, IPricingPolicy Pricing, ICapacityRule? CapacityRule);
