namespace CenterSim.Policies.Placement;

/// <summary>
/// A policy that draws random numbers. The engine seeds it from the run's own stream, so a random
/// policy is as reproducible as the rest of the run and never touches an unseeded generator.
/// </summary>
public interface ISeededPolicy
{
    void Seed(ulong seed);
}
