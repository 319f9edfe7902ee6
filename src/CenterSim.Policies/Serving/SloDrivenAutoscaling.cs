namespace CenterSim.Policies.Serving;

/// <summary>
/// Watches the objectives: when the last interval's TTFT or TPOT at the objective's percentile exceeds
/// <paramref name="scaleUpAt"/> × the objective, or requests queue with no first token measured, one replica more;
/// when both stay under <paramref name="scaleDownBelow"/> × the objective and nothing waits, one fewer.
/// </summary>
public sealed class SloDrivenAutoscaling(double scaleUpAt, double scaleDownBelow) : IAutoscalingPolicy
{
    public int DesiredReplicas(in AutoscalingContext c)
    {
        var ttft = c.TtftAtPercentileSeconds / c.TtftSloSeconds;
        var tpot = c.TpotAtPercentileSeconds / c.TpotSloSeconds;
        if (ttft > scaleUpAt || tpot > scaleUpAt || (double.IsNaN(ttft) && c.Queued > 0))
        {
            return c.Replicas + 1;
        }
        if (c.Queued == 0 && !(ttft >= scaleDownBelow) && !(tpot >= scaleDownBelow))
        {
            return c.Replicas - 1;
        }
        return c.Replicas;
    }
}
