namespace CenterSim.Policies.Serving;

/// <summary>
/// Sizes the service so its batch slots are used at <paramref name="target"/>: the requests held and waiting
/// over the last interval need (ready replicas × utilization / target) replicas, rounded up. It scales in one
/// replica at a time, and only while the need stays <paramref name="hysteresis"/> replicas below one fewer.
/// </summary>
public sealed class TargetUtilizationAutoscaling(double target, double hysteresis) : IAutoscalingPolicy
{
    public int DesiredReplicas(in AutoscalingContext context)
    {
        var need = Math.Max(context.ReadyReplicas, 1) * context.Utilization / target;
        var up = (int)Math.Ceiling(need - 1e-9);
        if (up >= context.Replicas)
        {
            return up;
        }
        return need <= context.Replicas - 1 - hysteresis ? context.Replicas - 1 : context.Replicas;
    }
}
