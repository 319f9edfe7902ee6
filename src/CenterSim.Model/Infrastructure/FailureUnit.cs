namespace CenterSim.Model.Infrastructure;

/// <summary>What a failure cause's rate is counted per: each chip, or each server (its host, network links and software).</summary>
public enum FailureUnit
{
    Chip,
    Server,
}
