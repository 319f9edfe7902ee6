using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The root of one run. It makes every actor of the run as its child (or grandchild) on the run's own
/// dispatcher, and fills the run's directory so they can find each other.
/// </summary>
public sealed class RunActor : RootActor
{
    public RunActor(RunContext run, string dispatcher)
        : base(run, dispatcher, Build)
    {
    }

    private static void Build(RunContext run, string dispatcher)
    {
        var roster = new TenantRoster(run.Spec);
        CenterBuilder.Build(Context, run, dispatcher, roster.Budgets());
        roster.Spawn(Context, run, dispatcher);
    }
}
