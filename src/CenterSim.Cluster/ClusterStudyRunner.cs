using System.Net;
using Akka.Actor;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Cluster;

/// <summary>
/// Runs a study's replications on a CenterSim cluster instead of local threads. The submitting process
/// joins the cluster as a member without the worker role (its own actor system, any free port), a
/// <see cref="StudyCoordinator"/> spreads the runs over the worker nodes, and the results come back in
/// replication order, equal field by field to what <c>StudyRunner.Run</c> gives on one machine.
/// </summary>
public static class ClusterStudyRunner
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <paramref name="spec"/> is the scenario at <paramref name="scenarioPath"/> with
    /// <paramref name="overrides"/> applied, as the submitter loaded it; the nodes load the same text
    /// with the same overrides. <paramref name="progress"/> gets the number of runs done.
    /// </summary>
    public static IReadOnlyList<RunResult> Run(string scenarioPath, IReadOnlyList<KeyValuePair<string, string>> overrides, ScenarioSpec spec, string seedHostPort, Action<int>? progress) =>
        RunDetailed(scenarioPath, overrides, spec, seedHostPort, progress).Results;

    /// <summary>As <see cref="Run"/>, also saying which node did what and how many runs were handed on.</summary>
    public static (IReadOnlyList<RunResult> Results, ClusterStudyOutcome Outcome) RunDetailed(
        string scenarioPath, IReadOnlyList<KeyValuePair<string, string>> overrides, ScenarioSpec spec, string seedHostPort, Action<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var seed = HostPort.Parse(seedHostPort);
        var text = File.ReadAllText(scenarioPath);
        var request = new WorkerProtocol.RunRequest(
            Guid.NewGuid().ToString("N")[..12], text, scenarioPath,
            overrides.Select(o => o.Key).ToArray(), overrides.Select(o => o.Value).ToArray(), -1);

        var host = IsLoopback(seed.Host) ? "127.0.0.1" : Dns.GetHostName();
        var system = ActorSystem.Create(ClusterConfig.SystemName, ClusterConfig.For(host, 0, seed, ClusterConfig.SubmitterRole));
        try
        {
            var cluster = Akka.Cluster.Cluster.Get(system);
            var joined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            cluster.RegisterOnMemberUp(() => joined.TrySetResult());
            if (!joined.Task.Wait(JoinTimeout))
            {
                throw new ClusterUnavailableException($"could not join the cluster at {seed} within {JoinTimeout.TotalSeconds:F0} s; is a node running there (centersim cluster node --port {seed.Port})?");
            }

            var outcome = new TaskCompletionSource<ClusterStudyOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            system.ActorOf(StudyCoordinator.Props(request, spec.Replications, outcome, progress), "study-" + request.StudyId);
            var done = outcome.Task.GetAwaiter().GetResult();
            var results = done.EncodedResults.Select(RunResultCodec.Decode).ToList();
            return (results, done);
        }
        finally
        {
            // Leave gracefully so the workers do not wait for the failure detector to notice we are gone.
            Akka.Cluster.Cluster.Get(system).LeaveAsync().Wait(TimeSpan.FromSeconds(10));
            system.Terminate().Wait(TimeSpan.FromSeconds(10));
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
