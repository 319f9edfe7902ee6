namespace CenterSim.Policies.Serving;

/// <summary>
/// What an autoscaling policy sees of its service at a decision: replicas serving, loading or waiting for
/// chips; the load over the last interval; the latency of the requests that got their first token in it
/// (NaN when none did), and the objectives.
/// </summary>
public readonly record struct AutoscalingContext(
    double Now,
    int Replicas,
    int ReadyReplicas,
    int MinReplicas,
    int MaxReplicas,
    double Utilization,
    int Queued,
    double TtftAtPercentileSeconds,
    double TpotAtPercentileSeconds,
    double TtftSloSeconds,
    double TpotSloSeconds);
