using System.Diagnostics;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Random;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// The same model as the actor engine for a one-tenant FIFO first-fit scenario whose jobs fit on one
/// server, written as a plain loop over a priority queue of struct events, with job state in arrays.
/// It draws from the same random stream in the same order, so it must compute the same waits; it is
/// the yardstick for the actor engine's speed and a check of its correctness.
/// </summary>
public static class PlainMmcEngine
{
    public static EngineMeasurement Run(ScenarioSpec spec)
    {
        var group = spec.Tenants.Single();
        var training = group.Training;
        var n = checked((int)(spec.Stop.Jobs ?? throw new ArgumentException("the plain engine needs stop_after_jobs")));
        var type = spec.ServerType;
        var servers = spec.Center.Racks.Count * spec.Center.Racks.ServersPerRack;
        if (training.ChipChoices.Max() > type.ChipsPerServer)
        {
            throw new ArgumentException("the plain engine places jobs on one server only");
        }
        var rng = RandomStream.For(spec.Seed, 0, "tenant/" + group.Group);
        var meanGap = SimTime.Hour / training.ArrivalsPerHour;
        var totalWeight = training.ChipWeights.Sum();

        var submit = new double[n];
        var runtime = new double[n];
        var chips = new int[n];
        var server = new int[n];
        var free = new int[servers];
        var busy = new int[servers];
        var serverJoules = new double[servers];
        var serverLast = new double[servers];
        Array.Fill(free, type.ChipsPerServer);
        var queue = new int[n];
        int head = 0, tail = 0;
        var calendar = new PriorityQueue<PlainEvent, EventKey>(1024);
        long seq = 0;
        long events = 0;
        double waitSum = 0;
        var completed = 0;
        var arrived = 0;

        var sw = Stopwatch.StartNew();
        calendar.Enqueue(new PlainEvent(PlainEventKind.Arrival, 0), new EventKey(rng.Exponential(meanGap), seq++));
        calendar.Enqueue(new PlainEvent(PlainEventKind.Tick, 0), new EventKey(SimTime.Hour, seq++));
        while (completed < n && calendar.TryDequeue(out var ev, out var key))
        {
            var now = key.Time;
            events++;
            switch (ev.Kind)
            {
                case PlainEventKind.Arrival:
                {
                    var j = arrived++;
                    chips[j] = training.ChipChoices[Sampler.Choose(training.ChipWeights, totalWeight, rng)];
                    var work = Sampler.Draw(training.ChipHours, rng);
                    runtime[j] = work * SimTime.Hour / chips[j];
                    submit[j] = now;
                    queue[tail++] = j;
                    var gap = rng.Exponential(meanGap);
                    if (arrived < n)
                    {
                        calendar.Enqueue(new PlainEvent(PlainEventKind.Arrival, arrived), new EventKey(now + gap, seq++));
                    }
                    break;
                }
                case PlainEventKind.Finish:
                {
                    var j = ev.Job;
                    var s = server[j];
                    serverJoules[s] += Watts(type, busy[s]) * (now - serverLast[s]);
                    serverLast[s] = now;
                    busy[s] -= chips[j];
                    free[s] += chips[j];
                    completed++;
                    break;
                }
                case PlainEventKind.Tick:
                    calendar.Enqueue(new PlainEvent(PlainEventKind.Tick, 0), new EventKey(now + SimTime.Hour, seq++));
                    continue;
            }
            // FIFO with first-fit: start jobs from the head while the head fits somewhere.
            while (head < tail)
            {
                var j = queue[head];
                var s = FirstFit(free, chips[j]);
                if (s < 0)
                {
                    break;
                }
                head++;
                serverJoules[s] += Watts(type, busy[s]) * (now - serverLast[s]);
                serverLast[s] = now;
                busy[s] += chips[j];
                free[s] -= chips[j];
                server[j] = s;
                waitSum += now - submit[j];
                calendar.Enqueue(new PlainEvent(PlainEventKind.Finish, j), new EventKey(now + runtime[j], seq++));
            }
        }
        sw.Stop();
        return new EngineMeasurement("plain", events, sw.Elapsed.TotalSeconds, waitSum / n / SimTime.Hour, n);
    }

    private static int FirstFit(int[] free, int chips)
    {
        for (var s = 0; s < free.Length; s++)
        {
            if (free[s] >= chips)
            {
                return s;
            }
        }
        return -1;
    }

    private static double Watts(ServerTypeSpec type, int busy) =>
        type.IdleWatts + (type.PeakWatts - type.IdleWatts) * busy / type.ChipsPerServer;
}
