using System.Diagnostics;
using Akka.Actor;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;

namespace CenterSim.Cluster;

/// <summary>
/// One per node: takes run requests from coordinators and runs at most <c>cores</c> of them side by
/// side, each on a dedicated thread so the actor's own thread never blocks; a finished run comes back
/// to the actor as a message and is passed on to the coordinator that asked.
/// </summary>
public sealed class WorkerActor : ReceiveActor
{
    private readonly int _cores;
    private readonly Action<string> _log;
    private readonly Action<int> _started;
    private readonly Queue<(WorkerProtocol.RunRequest Request, IActorRef ReplyTo)> _waiting = new();
    private int _running;

    public WorkerActor(int cores, Action<string> log, Action<int> started)
    {
        _cores = cores;
        _log = log;
        _started = started;
        Receive<WorkerProtocol.Hello>(_ => Sender.Tell(new WorkerProtocol.Ready(_cores)));
        Receive<WorkerProtocol.RunRequest>(r =>
        {
            _waiting.Enqueue((r, Sender));
            StartWhatFits();
        });
        Receive<Finished>(f =>
        {
            _running--;
            f.ReplyTo.Tell(f.Answer);
            _log($"replication {f.Replication} of study {f.StudyId} {(f.Answer is WorkerProtocol.RunDone ? "done" : "failed")} in {f.Seconds:F1} s");
            StartWhatFits();
        });
    }

    /// <summary><paramref name="started"/> is called on the actor's thread with each replication it starts.</summary>
    public static Props Props(int cores, Action<string> log, Action<int> started) =>
        Akka.Actor.Props.Create(() => new WorkerActor(cores, log, started));

    private void StartWhatFits()
    {
        while (_running < _cores && _waiting.Count > 0)
        {
            var (request, replyTo) = _waiting.Dequeue();
            _running++;
            var self = Self;
            _log($"running replication {request.Replication} of study {request.StudyId} ({_running}/{_cores} cores busy)");
            var thread = new Thread(() => self.Tell(Execute(request, replyTo)), 16 * 1024 * 1024)
            {
                IsBackground = true,
                Name = $"centersim-cluster-run-{request.Replication}",
            };
            thread.Start();
            _started(request.Replication);
        }
    }

    private static Finished Execute(WorkerProtocol.RunRequest request, IActorRef replyTo)
    {
        var clock = Stopwatch.StartNew();
        object answer;
        try
        {
            var overrides = request.OverrideKeys.Zip(request.OverrideValues, KeyValuePair.Create).ToList();
            var loaded = ScenarioLoader.Parse(request.ScenarioText, request.ScenarioPath, overrides);
            if (!loaded.Ok || loaded.Spec is null)
            {
                answer = new WorkerProtocol.RunFailed(request.StudyId, request.Replication, string.Join(Environment.NewLine, loaded.Errors));
            }
            else
            {
                var result = SimulationRunner.Run(loaded.Spec, request.Replication);
                answer = new WorkerProtocol.RunDone(request.StudyId, request.Replication, RunResultCodec.Encode(result));
            }
        }
        catch (Exception e)
        {
            answer = new WorkerProtocol.RunFailed(request.StudyId, request.Replication, e.ToString());
        }
        return new Finished(request.StudyId, request.Replication, answer, replyTo, clock.Elapsed.TotalSeconds);
    }

    private sealed record Finished(string StudyId, int Replication, object Answer, IActorRef ReplyTo, double Seconds);
}
