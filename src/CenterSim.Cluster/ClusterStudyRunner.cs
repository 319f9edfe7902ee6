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
    public static IReadOnlyList<RunResult> Run(
        string scenarioPath, IReadOnlyList<KeyValuePair<string, string>> overrides, ScenarioSpec spec, string seedHostPort, Action<int>? progress,
        Action<string>? log = null, bool verbose = false) =>
        RunDetailed(scenarioPath, overrides, spec, seedHostPort, progress, log, verbose).Results;

    /// <summary>
    /// As <see cref="Run"/>, also saying which node did what and how many runs were handed on (in the last
    /// attempt). When the cluster is lost mid-study (every worker gone, or the submitter downed), the
    /// submitter joins the seed again with a fresh actor system and goes on with the runs not yet done:
    /// those done are kept. It gives up when no node answers within <see cref="JoinTimeout"/>.
    /// </summary>
    public static (IReadOnlyList<RunResult> Results, ClusterStudyOutcome Outcome) RunDetailed(
        string scenarioPath, IReadOnlyList<KeyValuePair<string, string>> overrides, ScenarioSpec spec, string seedHostPort, Action<int>? progress,
        Action<string>? log = null, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var seed = HostPort.Parse(seedHostPort);
        var text = File.ReadAllText(scenarioPath);
        var request = new WorkerProtocol.RunRequest(
            Guid.NewGuid().ToString("N")[..12], text, scenarioPath,
            overrides.Select(o => o.Key).ToArray(), overrides.Select(o => o.Value).ToArray(), -1);
        var results = new byte[]?[spec.Replications];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var done = Attempt(request, seed, results, progress, log, verbose, attempt);
                return (done.EncodedResults.Select(RunResultCodec.Decode).ToList(), done);
            }
            catch (ClusterLostException e)
            {
                log?.Invoke($"lost the cluster ({e.Message}); {results.Count(r => r is not null)} of {results.Length} run(s) are kept, joining {seed} again");
            }
        }
    }

    private static ClusterStudyOutcome Attempt(
        WorkerProtocol.RunRequest request, HostPort seed, byte[]?[] results, Action<int>? progress, Action<string>? log, bool verbose, int attempt)
    {
        var host = IsLoopback(seed.Host) ? "127.0.0.1" : Dns.GetHostName();
        var system = ActorSystem.Create(ClusterConfig.SystemName, ClusterConfig.For(host, 0, seed, ClusterConfig.SubmitterRole, verbose));
        var joined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var cluster = Akka.Cluster.Cluster.Get(system);
            cluster.RegisterOnMemberUp(() => joined.TrySetResult());
            if (!joined.Task.Wait(JoinTimeout))
            {
                var kept = results.Count(r => r is not null);
                throw new ClusterUnavailableException(attempt == 1
                    ? $"could not join the cluster at {seed} within {JoinTimeout.TotalSeconds:F0} s; is a node running there (centersim cluster node --port {seed.Port})?"
                    : $"lost every node of the cluster after {kept} of {results.Length} run(s), and none answered at {seed} within {JoinTimeout.TotalSeconds:F0} s");
            }
            var outcome = new TaskCompletionSource<ClusterStudyOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            system.ActorOf(StudyCoordinator.Props(request, results, outcome, progress, log), $"study-{request.StudyId}-{attempt}");
            return outcome.Task.GetAwaiter().GetResult();
        }
        finally
        {
            // Leave gracefully so the workers do not wait for the failure detector to notice we are gone;
            // a submitter that never joined has nothing to leave, and stops at once.
            if (joined.Task.IsCompleted && !system.WhenTerminated.IsCompleted)
            {
                Akka.Cluster.Cluster.Get(system).LeaveAsync().Wait(TimeSpan.FromSeconds(10));
            }
            system.Terminate().Wait(TimeSpan.FromSeconds(10));
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
