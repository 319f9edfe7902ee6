using CenterSim.Model.Scenario;
using CenterSim.Model.Units;

namespace CenterSim.Simulation.Jobs;

/// <summary>
/// A training job as it travels between actors: immutable. The tenant makes it; the market (or broker)
/// numbers it and adds what was bought (pool, bill, terms) with <c>with</c>; the scheduler keeps its
/// running state in a <see cref="JobState"/> of its own and reports the outcome as a <see cref="JobResult"/>.
/// </summary>
public sealed record Job(TenantInfo Tenant, int Chips, double ChipHours, double SubmitTime)
{
    /// <summary>Arrival index over the whole run (0-based), set by the market or the broker.</summary>
    public long Id { get; init; } = -1;

    public TenantCategory Category => Tenant.Category;

    /// <summary>True seconds of work on the full gang at full speed and full placement efficiency.</summary>
    public double RuntimeSeconds => ChipHours * SimTime.Hour / Chips;

    /// <summary>The declared runtime divided by the true one (the tenant's estimate error); 1 when exact.</summary>
    public double EstimateFactor { get; init; } = 1;

    /// <summary>What the tenant declares as the runtime: all a scheduler sees.</summary>
    public double DeclaredRuntimeSeconds => RuntimeSeconds * EstimateFactor;

    /// <summary>Inside the measurement window (after warm-up), so it counts in the results.</summary>
    public bool Measured { get; init; }

    /// <summary>Input data in GB, moved over the wide-area network when the job runs outside its home region.</summary>
    public double InputGb { get; init; }

    /// <summary>Network market runs: the center it was offered and bought at (index in the network's centers); 0 otherwise.</summary>
    public int Center { get; init; }

    /// <summary>The pool of the center it was bought on (index in the center's pools).</summary>
    public int Pool { get; init; }

    /// <summary>The bill, yuan, as paid when bought.</summary>
    public double CostYuan { get; init; }

    /// <summary>The bill's cash and voucher parts in cents, as paid (market runs).</summary>
    public long PaidCashCents { get; init; }

    public long PaidVoucherCents { get; init; }

    /// <summary>Bought as preemptible capacity (spot).</summary>
    public bool Preemptible { get; init; }
}
