namespace CenterSim.Policies.Scheduling;

/// <summary>A running job as schedulers see it: its chips and when it is expected to end.</summary>
public readonly record struct RunningJobView(long Id, int Chips, double ExpectedEnd);
