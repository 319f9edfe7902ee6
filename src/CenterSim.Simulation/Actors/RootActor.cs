using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The root of one run: it builds the run's actors as its children while it is made. The root's own
/// supervisor is Akka's guardian, which would restart it, so a failed build is recorded on the run and
/// the root stops instead.
/// </summary>
public abstract class RootActor : SimActor
{
    protected RootActor(RunContext run, string dispatcher, Action<RunContext, string> build)
        : base(run)
    {
        try
        {
            build(run, dispatcher);
        }
        catch (Exception e)
        {
            run.Failure ??= e;
            Context.Stop(Self);
        }
    }

    /// <summary>Runs after the constructor has made every child; tells the run loop the tree is being built.</summary>
    protected sealed override void OnStart() => Run.RootStarted = true;

    /// <summary>Akka stops an actor's children before it stops the actor itself, so this is the run's last actor to stop.</summary>
    protected sealed override void PostStop()
    {
        base.PostStop();
        Run.RootStopped = true;
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
