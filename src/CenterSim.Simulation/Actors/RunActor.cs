using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The root of one run. It makes every actor of the run as its child (or grandchild) on the run's own
/// dispatcher, and fills the run's directory so they can find each other.
/// </summary>
public sealed class RunActor : SimActor
{
    public RunActor(RunContext run, string dispatcher)
        : base(run)
    {
        try
        {
            Build(run, dispatcher);
        }
        catch (Exception e)
        {
            // The root's own supervisor is Akka's guardian, which would restart it; record and stop instead.
            run.Failure ??= e;
            Context.Stop(Self);
        }
    }

    private static void Build(RunContext run, string dispatcher)
    {
        var roster = new TenantRoster(run.Spec);
        CenterBuilder.Build(Context, run, dispatcher, roster.Budgets());
        roster.Spawn(Context, run, dispatcher);
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
