namespace CenterSim.Policies.Scheduling;

/// <summary>Decides which waiting jobs start now. It reserves chips in the context's book as it decides.</summary>
public interface ISchedulingPolicy
{
    void Schedule(SchedulingContext context);
}
