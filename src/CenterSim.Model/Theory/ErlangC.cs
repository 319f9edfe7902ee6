namespace CenterSim.Model.Theory;

/// <summary>
/// The M/M/c queue in steady state (Erlang's C formula): Poisson arrivals at rate λ, c servers each
/// serving at rate μ, first come first served. Used to check the engine against theory.
/// </summary>
public static class ErlangC
{
    /// <summary>Probability an arrival waits, for c servers and offered load a = λ/μ (a &lt; c).</summary>
    public static double ProbabilityOfWait(int servers, double offeredLoad)
    {
        if (offeredLoad >= servers)
        {
            throw new ArgumentOutOfRangeException(nameof(offeredLoad), "the queue is unstable when λ/μ ≥ c");
        }
        // Erlang B by its stable recursion, then C from B.
        var b = 1.0;
        for (var k = 1; k <= servers; k++)
        {
            b = offeredLoad * b / (k + offeredLoad * b);
        }
        return servers * b / (servers - offeredLoad * (1 - b));
    }

    /// <summary>Mean time in queue, Wq = C(c, a) / (cμ − λ), in the time unit of the rates.</summary>
    public static double MeanWait(int servers, double arrivalRate, double serviceRate) =>
        ProbabilityOfWait(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
}
