using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>The root of a run made only of <see cref="ProbeActor"/>s.</summary>
public sealed class ProbeTreeRoot : RootActor
{
    public ProbeTreeRoot(RunContext run, string dispatcher)
        : base(run, dispatcher, (r, d) => ProbeActor.MakeChildren(Context, r, d, 1))
    {
    }
}
