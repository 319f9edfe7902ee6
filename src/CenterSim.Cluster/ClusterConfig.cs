using System.Globalization;
using Akka.Configuration;

namespace CenterSim.Cluster;

/// <summary>
/// The Akka configuration of a CenterSim cluster member. Failure detection and downing are tuned for
/// studies on a few machines or on loopback: a dead node is noticed within seconds, not tens of
/// seconds, because its unfinished runs wait for that.
/// </summary>
public static class ClusterConfig
{
    public const string SystemName = "centersim";
    public const string WorkerRole = "worker";
    public const string SubmitterRole = "submitter";
    public const string WorkerActorName = "worker";

    // A run's result (every job record plus the hourly series) can be megabytes even gzipped;
    // Akka.Remote's default frame is 128 KB.
    private const int FrameBytes = 32 * 1024 * 1024;

    /// <param name="verbose">Akka's own warnings (association failures, gossip) on the console; off, only errors</param>
    public static Config For(string host, int port, HostPort seed, string role, bool verbose = false)
    {
        var level = verbose ? "WARNING" : "ERROR";
        var frame = FrameBytes.ToString(CultureInfo.InvariantCulture);
        var hocon = $$"""
            akka {
              loglevel = {{level}}
              stdout-loglevel = {{level}}
              actor.provider = cluster
              remote {
                log-remote-lifecycle-events = off
                dot-netty.tcp {
                  hostname = "{{host}}"
                  port = {{port.ToString(CultureInfo.InvariantCulture)}}
                  maximum-frame-size = {{frame}}b
                  send-buffer-size = {{frame}}b
                  receive-buffer-size = {{frame}}b
                }
              }
              cluster {
                seed-nodes = ["{{seed.AkkaAddress}}"]
                roles = [{{role}}]
                log-info = off
                # Faster gossip and leader ticks than the defaults (1 s) so a submitter joins, and
                # leaves after its study, in well under a second on a LAN or loopback.
                periodic-tasks-initial-delay = 100ms
                gossip-interval = 200ms
                leader-actions-interval = 200ms
                # A loaded machine can pause heartbeats for a second or two; five seconds of silence means dead.
                failure-detector {
                  heartbeat-interval = 1s
                  acceptable-heartbeat-pause = 5s
                  threshold = 8.0
                }
                unreachable-nodes-reaper-interval = 500ms
                downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
                split-brain-resolver {
                  active-strategy = keep-majority
                  stable-after = 5s
                  down-all-when-unstable = off
                }
              }
              # A node is only ever stopped on purpose: the command line runs the coordinated shutdown
              # (leave, then stop) itself; terminating the actor system alone is an abrupt stop.
              coordinated-shutdown.run-by-actor-system-terminate = off
              coordinated-shutdown.run-by-clr-shutdown-hook = off
            }
            """;
        return ConfigurationFactory.ParseString(hocon);
    }
}
