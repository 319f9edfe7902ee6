using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Jobs;

/// <summary>Who submitted a job: the tenant's name, its index in the run and its category.</summary>
public sealed record TenantInfo(int Index, string Name, TenantCategory Category);
