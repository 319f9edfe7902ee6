using CenterSim.Model.Scenario;

namespace CenterSim.Model.Serving;

/// <summary>How a service sizes itself: a policy by name, replica bounds, how often it decides, and how long a new replica loads its weights.</summary>
public sealed record AutoscalingSpec(PolicyChoice Policy, int MinReplicas, int MaxReplicas, int InitialReplicas, double IntervalSeconds, double WarmupSeconds);
