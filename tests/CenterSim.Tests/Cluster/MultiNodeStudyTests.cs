using System.Net;
using System.Net.Sockets;
using CenterSim.Cluster;
using CenterSim.Reporting;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Reporting;

namespace CenterSim.Tests.Cluster;

public class MultiNodeStudyTests
{
    // A small center with a few days of load: each run takes well under a second, so the whole study
    // is short, yet long enough that a node killed right after it starts a run is killed mid-run.
    private const string Scenario = """
        name: cluster-test
        seed: 5
        replications: 1
        duration: 4d
        warmup: 12h
        hardware:
          servers:
            box: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann, price_yuan: 2000000 }
        centers:
          - name: c
            region: beijing
            pue: 1.25
            tariff: { flat_yuan_per_kwh: 0.65 }
            racks: { count: 2, servers_per_rack: 4, server: box, uplink_gbps: 400 }
        tenants:
          - group: labs
            count: 3
            category: university
            training:
              arrivals_per_hour: 0.6
              chips: [1, 8, 16]
              chip_hours: { lognormal: { mean: 20, sd: 30 } }
        policies:
          scheduling: fifo
          placement: first-fit
          pricing: { name: fixed, yuan_per_chip_hour: 10 }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Study_on_three_nodes_with_one_killed_mid_run_writes_the_same_files_as_one_machine()
    {
        using var folder = new TempFolder();
        var path = folder["cluster-test.yaml"];
        File.WriteAllText(path, Scenario);
        KeyValuePair<string, string>[] overrides = [KeyValuePair.Create("replications", "8"), KeyValuePair.Create("seed", "23")];
        var spec = ScenarioLoader.Parse(Scenario, path, overrides).Spec!;
        Assert.Equal(8, spec.Replications);

        var local = StudyRunner.Run(spec, threads: 2);
        var localDir = folder["local"];
        ResultsWriter.Write(spec, local, localDir);

        var ports = FreePorts(3);
        var victimStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The victim's worker is held as it starts its first run, so it cannot hand in an answer before it
        // is killed: its run is then certainly in flight, however fast runs are and however busy the machine.
        using var hold = new ManualResetEventSlim(false);
        using var seed = ClusterNode.Start("127.0.0.1", ports[0], null, cores: 2);
        using var second = ClusterNode.Start("127.0.0.1", ports[1], seed.Address, cores: 2);
        using var victim = ClusterNode.Start("127.0.0.1", ports[2], seed.Address, cores: 2, runStarted: _ =>
        {
            victimStarted.TrySetResult();
            hold.Wait(Patience);
        });
        await Task.WhenAll(seed.Joined, second.Joined, victim.Joined).WaitAsync(Patience);

        var done = 0;
        var study = Task.Run(() => ClusterStudyRunner.RunDetailed(path, overrides, spec, seed.Address.ToString(), n => Volatile.Write(ref done, n)));
        await victimStarted.Task.WaitAsync(Patience);
        var doneBeforeKill = Volatile.Read(ref done);
        var killed = victim.Kill();
        // Let the stop reach the worker's mailbox before releasing it; system messages go first, so it
        // stops without answering.
        await Task.Delay(TimeSpan.FromSeconds(1));
        hold.Set();
        await killed.WaitAsync(Patience);

        var (runs, outcome) = await study.WaitAsync(Patience * 2);
        var clusterDir = folder["cluster"];
        ResultsWriter.Write(spec, runs, clusterDir);

        // The killed node had a run in flight that went to another node, and it answered nothing.
        Assert.True(doneBeforeKill < spec.Replications);
        Assert.True(outcome.Requeued >= 1, $"no run was handed on (requeued {outcome.Requeued})");
        Assert.DoesNotContain(outcome.RunsByNode, kv => kv.Key.EndsWith($":{ports[2]}", StringComparison.Ordinal));
        Assert.Equal(spec.Replications, outcome.RunsByNode.Sum(kv => kv.Value));
        Assert.Equal(Enumerable.Range(0, spec.Replications), runs.Select(r => r.Replication));

        var localFiles = Directory.GetFiles(localDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var clusterFiles = Directory.GetFiles(clusterDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(localFiles, clusterFiles);
        Assert.Contains(ResultsWriter.JobsCsv, localFiles);
        foreach (var name in localFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(localDir, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(clusterDir, name!))), $"{name} differs");
        }
    }

    [Fact]
    public async Task When_every_node_is_lost_the_runs_done_are_kept_and_the_study_resumes_on_a_fresh_node()
    {
        using var folder = new TempFolder();
        var path = folder["cluster-test.yaml"];
        File.WriteAllText(path, Scenario);
        KeyValuePair<string, string>[] overrides = [KeyValuePair.Create("replications", "6"), KeyValuePair.Create("seed", "31")];
        var spec = ScenarioLoader.Parse(Scenario, path, overrides).Spec!;
        var local = StudyRunner.Run(spec, threads: 2);

        var port = FreePorts(1)[0];
        var fourthStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var hold = new ManualResetEventSlim(false);
        var started = 0;
        // One core: replications 0, 1 and 2 are done, one by one, when the only node is killed in its fourth run.
        var only = ClusterNode.Start("127.0.0.1", port, null, cores: 1, runStarted: _ =>
        {
            if (Interlocked.Increment(ref started) == 4)
            {
                fourthStarted.TrySetResult();
                hold.Wait(Patience);
            }
        });
        await only.Joined.WaitAsync(Patience);
        var done = 0;
        var lines = new List<string>();
        var study = Task.Run(() => ClusterStudyRunner.RunDetailed(path, overrides, spec, only.Address.ToString(), n => Volatile.Write(ref done, n), l =>
        {
            lock (lines)
            {
                lines.Add(l);
            }
        }));
        await fourthStarted.Task.WaitAsync(Patience);
        Assert.Equal(3, Volatile.Read(ref done));
        var killed = only.Kill();
        await Task.Delay(TimeSpan.FromSeconds(1));
        hold.Set();
        await killed.WaitAsync(Patience);
        only.Dispose();

        // A fresh node comes back at the same address, a cluster of its own.
        using var fresh = ClusterNode.Start("127.0.0.1", port, null, cores: 2);
        var (runs, outcome) = await study.WaitAsync(Patience * 2);

        Assert.Contains(lines, l => l.Contains("3 of 6 run(s) are kept", StringComparison.Ordinal));
        // Only the three runs not done before went to the fresh node.
        Assert.Equal(3, outcome.RunsByNode.Sum(kv => kv.Value));
        Assert.Equal(Enumerable.Range(0, 6), runs.Select(r => r.Replication));
        Assert.Equal(local.Select(r => r.Metrics), runs.Select(r => r.Metrics));
    }

    [Fact]
    public void A_run_result_crosses_the_wire_exactly_including_nan_and_negative_zero()
    {
        var spec = ScenarioLoader.Parse(Scenario, "cluster-test.yaml").Spec!;
        var run = SimulationRunner.Run(spec, 0);
        var odd = run with
        {
            Metrics = [.. run.Metrics, new("nan", double.NaN), new("neg_zero", -0.0), new("tiny", double.Epsilon), new("third", 1.0 / 3)],
        };
        var back = RunResultCodec.Decode(RunResultCodec.Encode(odd));
        Assert.Equal(odd.Replication, back.Replication);
        Assert.Equal(odd.Seed, back.Seed);
        Assert.Equal(odd.Metrics.Select(m => (m.Name, BitConverter.DoubleToInt64Bits(m.Value))), back.Metrics.Select(m => (m.Name, BitConverter.DoubleToInt64Bits(m.Value))));
        Assert.Equal(odd.Jobs, back.Jobs);
        Assert.Contains(back.Jobs, j => double.IsNaN(j.End) || double.IsNaN(j.Start) || j.Status == CenterSim.Model.Results.JobStatus.Completed);
        Assert.Equal(odd.Series.Columns, back.Series.Columns);
        Assert.Equal(odd.Series.Rows.Count, back.Series.Rows.Count);
        for (var i = 0; i < odd.Series.Rows.Count; i++)
        {
            Assert.Equal(odd.Series.Rows[i].Select(BitConverter.DoubleToInt64Bits), back.Series.Rows[i].Select(BitConverter.DoubleToInt64Bits));
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var l in listeners)
        {
            l.Start();
        }
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners)
        {
            l.Stop();
        }
        return ports;
    }
}
