namespace CenterSim.Policies.Serving;

/// <summary>Decides how many replicas a service wants, at every autoscaling interval; the service clamps the answer to its bounds.</summary>
public interface IAutoscalingPolicy
{
    int DesiredReplicas(in AutoscalingContext context);
}
