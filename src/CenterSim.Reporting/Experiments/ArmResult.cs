using CenterSim.Model.Experiments;
using CenterSim.Model.Results;

namespace CenterSim.Reporting.Experiments;

/// <summary>The finished replications of one study arm, in increasing replication order.</summary>
public sealed record ArmResult(StudyArm Arm, IReadOnlyList<RunResult> Runs)
{
    public string Name => Arm.Name;
}
