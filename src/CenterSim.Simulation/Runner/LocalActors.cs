using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Engine;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// The actor instances behind a run's busiest addresses (servers, links, the power budget), for actors
/// that post to them (see <see cref="SimActor.Post"/>). Resolved on first use, once every actor of the
/// run has started; an address that is not a run's actor is an error, not a silent slow path.
/// </summary>
public sealed class LocalActors(RunDirectory directory)
{
    private SimActor[]? _servers;
    private SimActor[]? _rackLinks;
    private SimActor? _spine;
    private SimActor? _powerBudget;

    public SimActor[] Servers => _servers ??= directory.Servers.Select(Of).ToArray();

    public SimActor[] RackLinks => _rackLinks ??= directory.RackLinks.Select(Of).ToArray();

    public SimActor Spine => _spine ??= Of(directory.Spine);

    public SimActor PowerBudget => _powerBudget ??= Of(directory.PowerBudget);

    private static SimActor Of(IActorRef target) =>
        RunExecutor.LocalActor(target) ?? throw new InvalidOperationException($"{target.Path} is not an actor of this run (or has not started)");
}
