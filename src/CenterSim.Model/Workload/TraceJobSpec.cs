namespace CenterSim.Model.Workload;

/// <summary>One replayed job: who submits it, when (seconds from the trace start), its gang size and its work.</summary>
public readonly record struct TraceJobSpec(string Tenant, double SubmitSeconds, int Chips, double ChipHours);
