using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>One center of a network run: the parent of that center's actors, built as a single-center run builds them.</summary>
public sealed class SiteActor : SimActor
{
    public SiteActor(RunContext center, string dispatcher, double[] budgets)
        : base(center) => CenterBuilder.Build(Context, center, dispatcher, budgets);

    protected override void OnReceive(object message) => Unhandled(message);
}
