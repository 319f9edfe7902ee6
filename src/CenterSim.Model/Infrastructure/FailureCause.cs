namespace CenterSim.Model.Infrastructure;

/// <summary>
/// One cause of failures: every <see cref="Per"/> unit (chip or server) fails of it as a Poisson process
/// of mean time between failures <see cref="MtbfSeconds"/> (infinite: never); a failure takes its
/// server down for <see cref="RepairSeconds"/> and kills the jobs on it.
/// </summary>
public sealed record FailureCause(string Name, FailureUnit Per, double MtbfSeconds, double RepairSeconds)
{
    /// <summary>Failures per second of one unit.</summary>
    public double Rate => 1 / MtbfSeconds;

    /// <summary>Failures per second of one server of <paramref name="chipsPerServer"/> chips.</summary>
    public double RatePerServer(int chipsPerServer) => Per == FailureUnit.Chip ? chipsPerServer / MtbfSeconds : 1 / MtbfSeconds;

    /// <summary>
    /// The mean time between failures of one unit when <paramref name="count"/> failures were seen on
    /// <paramref name="units"/> units over <paramref name="seconds"/>: the exposure (unit-seconds) over the
    /// count, the maximum-likelihood estimate for a Poisson process (infinite for a count of 0).
    /// </summary>
    public static double MtbfFromCount(double count, double units, double seconds) =>
        count > 0 ? units * seconds / count : double.PositiveInfinity;
}
