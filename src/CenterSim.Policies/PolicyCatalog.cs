using CenterSim.Policies.Brokers;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Registry;
using CenterSim.Policies.Scheduling;
using CenterSim.Policies.Serving;
using CenterSim.Policies.Vouchers;
using CenterSim.Model.Scenario;

namespace CenterSim.Policies;

/// <summary>Every built-in policy by YAML name. A new policy is one class and one line here.</summary>
public static class PolicyCatalog
{
    public static PolicyRegistry<ISchedulingPolicy> Scheduling { get; } = new PolicyRegistry<ISchedulingPolicy>("scheduling")
        .Add("fifo", "first in, first out; the head of the queue blocks the rest", _ => new FifoScheduling())
        .Add("easy-backfill", "EASY backfilling: arrival order; a later job starts early only if it ends by the blocked head's reservation or uses chips the head will not need then (declared runtimes as estimates)", _ => new EasyBackfillScheduling())
        .ReadingTenantKey("runtime_estimate")
        .Add("priority", "by tenant category (key_project, research, university, enterprise, sme, startup), arrival order within one; the first job that does not fit blocks the rest", _ => new PriorityScheduling())
        .Add("shortest-job-first", "shortest declared runtime first; every job that fits starts", _ => new ShortestJobFirstScheduling())
        .ReadingTenantKey("runtime_estimate");

    public static PolicyRegistry<IPlacementPolicy> Placement { get; } = new PolicyRegistry<IPlacementPolicy>("placement")
        .Add("first-fit", "lowest-numbered server with room for the gang", _ => new FirstFitPlacement())
        .Add("best-fit", "the server with the fewest free chips that holds the gang", _ => new BestFitPlacement())
        .Add("random", "a random server with room, large gangs on random whole servers; seeded from the run's own stream", _ => new RandomPlacement())
        .Add("topology-packing", "fewest servers, then fewest racks", _ => new TopologyPackingPlacement());

    public static PolicyRegistry<IPricingPolicy> Pricing { get; } = new PolicyRegistry<IPricingPolicy>("pricing")
        .Add("fixed", "one price per chip-hour", c => new FixedPricing(c.Required("yuan_per_chip_hour")),
            new ParameterSpec("yuan_per_chip_hour", "price of one chip for one hour", Min: 0, Unit: "yuan/chip-hour"))
        .Add("cost-plus", "full cost per chip-hour (energy at peak power x PUE x tariff + capital amortization + operations) x (1 + margin); needs a market section",
            c => new CostPlusPricing(c.Get("margin", 0.2)),
            new ParameterSpec("margin", "markup on the full cost, e.g. 0.2 for 20%", 0.2, Min: -0.99, Unit: "fraction"))
        .Needing("market", "for the provider's costs (e.g. market: { period: 30d, lifetime_years: 5 })")
        .Add("time-of-use", "a peak price from peak_start_hour to peak_end_hour (past midnight when the start is later), an off-peak price at other hours; billed by the hours of use",
            c => new TimeOfUsePricing(c.Required("peak_yuan_per_chip_hour"), c.Required("offpeak_yuan_per_chip_hour"), c.Get("peak_start_hour", 8), c.Get("peak_end_hour", 22)),
            new ParameterSpec("peak_yuan_per_chip_hour", "price in peak hours", Min: 0, Unit: "yuan/chip-hour"),
            new ParameterSpec("offpeak_yuan_per_chip_hour", "price outside peak hours", Min: 0, Unit: "yuan/chip-hour"),
            new ParameterSpec("peak_start_hour", "hour of day the peak starts", 8, 0, 24, Unit: "hour of day"),
            new ParameterSpec("peak_end_hour", "hour of day the peak ends", 22, 0, 24, Unit: "hour of day"))
        .Add("utilization-dynamic", "base price x (1 + slope x utilization of the last hour) + surcharge x queued jobs, reposted hourly; billed by the price in force while used",
            c => new UtilizationDynamicPricing(c.Required("base_yuan_per_chip_hour"), c.Get("slope", 1), c.Get("yuan_per_queued_job", 0)),
            new ParameterSpec("base_yuan_per_chip_hour", "price of an idle center", Min: 0, Unit: "yuan/chip-hour"),
            new ParameterSpec("slope", "relative price rise at full utilization", 1, Min: 0, Unit: "ratio"),
            new ParameterSpec("yuan_per_queued_job", "surcharge per waiting job", 0, Min: 0, Unit: "yuan/chip-hour per queued job"))
        .Add("per-minute", "every started minute a job holds its chips, at a price per chip-hour; settled when the job ends", c => new PerMinutePricing(c.Required("yuan_per_chip_hour")), new ParameterSpec("yuan_per_chip_hour", "price of one chip for one hour", Min: 0, Unit: "yuan/chip-hour"))
        .Add("spot", "an on-demand price, and a discount for tenants with spot: true whose jobs may be preempted (needs a market section)",
            c => new SpotPricing(c.Required("yuan_per_chip_hour"), c.Get("spot_discount", 0.5)),
            new ParameterSpec("yuan_per_chip_hour", "on-demand price of one chip for one hour", Min: 0, Unit: "yuan/chip-hour"),
            new ParameterSpec("spot_discount", "share taken off the on-demand price for spot jobs", 0.5, 0, 1, Unit: "fraction"))
        .Needing("market", "it is sold through the market (e.g. market: { period: 30d })")
        .ReadingTenantKey("spot")
        .Add("committed", "an on-demand price, and chips reserved for tenants with committed_chips, paid every period at a discount (needs a market section)",
            c => new CommittedPricing(c.Required("yuan_per_chip_hour"), c.Get("committed_discount", 0.3)),
            new ParameterSpec("yuan_per_chip_hour", "on-demand price of one chip for one hour", Min: 0, Unit: "yuan/chip-hour"),
            new ParameterSpec("committed_discount", "share taken off the on-demand price for reserved chips", 0.3, 0, 1, Unit: "fraction"))
        .Needing("market", "it is sold through the market (e.g. market: { period: 30d })")
        .ReadingTenantKey("committed_chips")
        .Add("per-token", "an inference service's pricing (serving.services[].pricing), not a pool's: a price per million input (prompt) tokens and one per million output tokens, billed when a request is served",
            c => new PerTokenPricing(c.Required("yuan_per_million_input_tokens"), c.Required("yuan_per_million_output_tokens")),
            new ParameterSpec("yuan_per_million_input_tokens", "price of a million prompt tokens", Min: 0, Unit: "yuan/million tokens"),
            new ParameterSpec("yuan_per_million_output_tokens", "price of a million output tokens", Min: 0, Unit: "yuan/million tokens"));

    /// <summary>How a voucher program divides its pool among tenants (market.vouchers.allocation).</summary>
    public static PolicyRegistry<IVoucherAllocation> VoucherAllocation { get; } = new PolicyRegistry<IVoucherAllocation>("voucher allocation")
        .Add("none", "no vouchers", _ => new NoVoucherAllocation())
        .Add("first-come", "a tenant's first purchase in a period claims the cap or what is left", _ => new FirstComeAllocation())
        .Add("lottery", "eligible tenants get the cap in random order until the pool is gone", _ => new LotteryAllocation())
        .Add("category-weighted", "pool split in proportion to a weight per tenant category",
            c => new CategoryWeightedAllocation(new Dictionary<TenantCategory, double>
            {
                [TenantCategory.Startup] = c.Get("startup_weight", 3),
                [TenantCategory.Sme] = c.Get("sme_weight", 3),
                [TenantCategory.Enterprise] = c.Get("enterprise_weight", 1),
                [TenantCategory.University] = c.Get("university_weight", 2),
                [TenantCategory.Research] = c.Get("research_weight", 2),
                [TenantCategory.KeyProject] = c.Get("key_project_weight", 2),
            }),
            new ParameterSpec("startup_weight", "weight of a startup", 3, Min: 0, Unit: "relative weight"),
            new ParameterSpec("sme_weight", "weight of an SME", 3, Min: 0, Unit: "relative weight"),
            new ParameterSpec("enterprise_weight", "weight of an enterprise", 1, Min: 0, Unit: "relative weight"),
            new ParameterSpec("university_weight", "weight of a university", 2, Min: 0, Unit: "relative weight"),
            new ParameterSpec("research_weight", "weight of a research institute", 2, Min: 0, Unit: "relative weight"),
            new ParameterSpec("key_project_weight", "weight of a key national project", 2, Min: 0, Unit: "relative weight"))
        .Add("needs-based", "pool split equally among tenants whose budget per period is below a threshold",
            c => new NeedsBasedAllocation(c.Get("threshold_yuan", 0)),
            new ParameterSpec("threshold_yuan", "budget per period below which a tenant qualifies", Min: 0, Unit: "yuan"))
        .Add("equal-split", "pool split equally among eligible tenants", _ => new EqualSplitAllocation())
        .Add("merit-rebate", "pool split in proportion to 1 + points_bonus x completed voucher-funded jobs so far",
            c => new MeritRebateAllocation(c.Get("points_bonus", 0.25)),
            new ParameterSpec("points_bonus", "extra weight per completed funded job", 0.25, Min: 0, Unit: "weight per job"));

    /// <summary>Where a network scenario sends each job (policies.broker).</summary>
    public static PolicyRegistry<IBrokerPolicy> Broker { get; } = new PolicyRegistry<IBrokerPolicy>("broker")
        .Add("local-only", "every job runs in its home region, among several centers there the one with the shortest transfer time + expected wait; with no center there, the shortest elsewhere", _ => new LocalOnlyBroker())
        .Add("cheapest", "the lowest compute bill plus data transfer fee", _ => new CheapestBroker())
        .Add("tenant-cost", "the least the tenant pays out of pocket: compute bill plus transfer fee less what its voucher pays there (market runs; without vouchers as cheapest)", _ => new TenantCostBroker())
        .Add("greenest", "the least carbon: grid intensity x PUE x the job's chip energy", _ => new GreenestBroker())
        .Add("shortest-wait", "the shortest data transfer time + expected wait", _ => new ShortestWaitBroker())
        .Add("weighted", "the lowest compute bill + transfer fee + yuan_per_kg_co2 x carbon + yuan_per_chip_hour_waited x chips x (transfer time + expected wait) in hours",
            c => new WeightedBroker(c.Get("yuan_per_kg_co2", 0.1), c.Get("yuan_per_chip_hour_waited", 2)),
            new ParameterSpec("yuan_per_kg_co2", "carbon price", 0.1, Min: 0, Unit: "yuan/kg CO2"),
            new ParameterSpec("yuan_per_chip_hour_waited", "what a chip-hour of delay costs the tenant", 2, Min: 0, Unit: "yuan/chip-hour"));

    /// <summary>How an inference service sizes itself (serving.services[].autoscaling).</summary>
    public static PolicyRegistry<IAutoscalingPolicy> Autoscaling { get; } = new PolicyRegistry<IAutoscalingPolicy>("autoscaling")
        .Add("fixed", "the initial replica count, always", _ => new FixedAutoscaling())
        .Add("target-utilization", "enough replicas that the batch slots held and waiting over the last interval are used at the target; scales in one at a time, with hysteresis",
            c => new TargetUtilizationAutoscaling(c.Get("target", 0.6), c.Get("hysteresis", 0.5)),
            new ParameterSpec("target", "wanted share of batch slots in use", 0.6, 0.01, 1, Unit: "fraction"),
            new ParameterSpec("hysteresis", "how far below one replica fewer the need must be before scaling in", 0.5, 0, 10, Unit: "replicas"))
        .Add("slo-driven", "one replica more when the last interval's TTFT or TPOT at the objective's percentile exceeds scale_up_at x the objective; one fewer when both stay below scale_down_below x it and nothing waits",
            c => new SloDrivenAutoscaling(c.Get("scale_up_at", 1), c.Get("scale_down_below", 0.5)),
            new ParameterSpec("scale_up_at", "share of the objective above which a replica is added", 1, 0.01, 100, Unit: "fraction of the objective"),
            new ParameterSpec("scale_down_below", "share of the objective below which a replica is removed", 0.5, 0, 100, Unit: "fraction of the objective"));

    /// <summary>How a center splits chips between inference services and training (serving.sharing).</summary>
    public static PolicyRegistry<IChipSharingPolicy> ChipSharing { get; } = new PolicyRegistry<IChipSharingPolicy>("chip sharing")
        .Add("partition", "a fixed share of each serving pool's servers for services, the rest for training; neither side borrows",
            c => new PartitionSharing(c.Get("serving_share", 0.25)),
            new ParameterSpec("serving_share", "share of the pool's servers held for services", 0.25, 0, 1, Unit: "fraction"))
        .Add("harvest", "training uses the chips services do not hold and is preempted, losing work since its last checkpoint, when a service scales up", _ => new HarvestSharing())
        .Add("priority", "services first: a replica takes free chips, and while it waits no training job starts in its pool; nothing is preempted", _ => new PrioritySharing());

    public static IReadOnlyList<IPolicyCatalog> All { get; } = new IPolicyCatalog[] { Scheduling, Placement, Pricing, VoucherAllocation, Broker, Autoscaling, ChipSharing };
}
