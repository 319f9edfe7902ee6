namespace CenterSim.Model.Theory;

/// <summary>
/// Checkpointing against Poisson failures (Young 1974; Daly 2006). A job writes a checkpoint of
/// <c>write</c> seconds after every <c>interval</c> of work; failures come at rate 1/<c>mtbf</c>; after
/// each one it needs <c>restart</c> seconds and redoes the work since its last checkpoint.
/// </summary>
public static class YoungDaly
{
    /// <summary>The first-order optimal interval, sqrt(2 × write × MTBF).</summary>
    public static double OptimalInterval(double write, double mtbf) => Math.Sqrt(2 * write * mtbf);

    /// <summary>
    /// The first-order share of wall time lost: write / interval (writing) + interval / (2 MTBF) (work
    /// redone, half an interval per failure) + restart / MTBF. Good while write, restart and interval ≪ MTBF.
    /// </summary>
    public static double FirstOrderLostFraction(double interval, double write, double restart, double mtbf) =>
        write / interval + interval / (2 * mtbf) + restart / mtbf;

    /// <summary>
    /// The exact share for exponential failures that may also strike during writes and restarts: each
    /// segment of interval + write takes e^(restart/M) × M × (e^((interval + write)/M) − 1) on average (Daly
    /// 2006, eq. 5 with no downtime), of which interval is useful.
    /// </summary>
    public static double ExactLostFraction(double interval, double write, double restart, double mtbf)
    {
        var segment = Math.Exp(restart / mtbf) * mtbf * double.ExpM1((interval + write) / mtbf);
        return 1 - interval / segment;
    }
}
