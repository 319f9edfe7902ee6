using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Engine;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// The actor instances behind a run's busiest addresses (servers, links, the power budget, and the
/// scheduler, market and meter every job passes through), for actors
/// that post to them (see <see cref="SimActor.Post"/>). Resolved on first use, once every actor of the
/// run has started; an address that is not a run's actor is an error, not a silent slow path.
/// </summary>
public sealed class LocalActors(RunDirectory directory)
{
    private SimActor[]? _servers;
    private SimActor[]? _rackLinks;
    private SimActor? _spine;
    private SimActor? _powerBudget;
    private SimActor? _scheduler;
    private SimActor? _market;
    private SimActor? _metrics;

    public SimActor[] Servers => _servers ??= directory.Servers.Select(Of).ToArray();

    public SimActor[] RackLinks => _rackLinks ??= directory.RackLinks.Select(Of).ToArray();

    public SimActor Spine => _spine ??= Of(directory.Spine);

    public SimActor PowerBudget => _powerBudget ??= Of(directory.PowerBudget);

    public SimActor Scheduler => _scheduler ??= Of(directory.Scheduler);

    public SimActor Market => _market ??= Of(directory.Market);

    public SimActor Metrics => _metrics ??= Of(directory.Metrics);

    private static SimActor Of(IActorRef target) =>
        RunExecutor.LocalActor(target) ?? throw new InvalidOperationException($"{target.Path} is not an actor of this run (or has not started)");
}
