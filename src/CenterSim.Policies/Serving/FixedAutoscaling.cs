namespace CenterSim.Policies.Serving;

/// <summary>Always the service's initial replica count: <see cref="DesiredReplicas"/> keeps what the service has.</summary>
public sealed class FixedAutoscaling : IAutoscalingPolicy
{
    public int DesiredReplicas(in AutoscalingContext context) => context.Replicas;
}
