namespace CenterSim.Simulation.Serving;

/// <summary>
/// The load the autoscaler reads: requests held and waiting over the batch slots of the ready replicas (one
/// at least), integrated between the service's messages and averaged over each autoscaling interval.
/// </summary>
public sealed class ServiceLoad(int maxBatch)
{
    private double _integral;
    private double _since;
    private double _load;
    private double _time;

    /// <summary>Integrates the load up to <paramref name="now"/>.</summary>
    public void Integrate(double now)
    {
        _integral += _load * (now - _time);
        _time = now;
    }

    /// <summary>The load from now on: <paramref name="held"/> requests in batches and queue, <paramref name="ready"/> replicas serving.</summary>
    public void Set(int held, int ready) => _load = (double)held / (Math.Max(ready, 1) * maxBatch);

    /// <summary>The mean load since the last call, then starts a new interval.</summary>
    public double TakeMean(double now)
    {
        var mean = now > _since ? _integral / (now - _since) : 0;
        _integral = 0;
        _since = now;
        return mean;
    }
}
