using System.Diagnostics;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Random;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// The same model as the actor engine for a one-tenant FIFO first-fit scenario whose jobs fit on one
/// server, written as a plain loop over a priority queue of struct events, with job state in arrays.
/// It draws from the same random stream in the same order and keeps the same books (waits for the mean
/// and p95, allocated-chip, queue and in-system integrals, per-server and total energy, revenue, hourly
/// samples), so it must compute the same numbers; it is the yardstick for the actor engine's speed and
/// a check of its correctness.
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
        var waits = new double[n];
        var started = 0;
        double last = 0, allocatedChipSeconds = 0, queueJobSeconds = 0, systemJobSeconds = 0, itJoules = 0, revenue = 0;
        int allocated = 0, running = 0;
        var itWatts = servers * type.IdleWatts;
        var price = spec.Policies.Pricing.Get("yuan_per_chip_hour", 0);
        var hourly = new List<double[]>();
        double prevAllocated = 0, prevJoules = 0, prevQueue = 0, prevSystem = 0;
        var completed = 0;
        var arrived = 0;

        var sw = Stopwatch.StartNew();
        calendar.Enqueue(new PlainEvent(PlainEventKind.Arrival, 0), new EventKey(rng.Exponential(meanGap), seq++));
        calendar.Enqueue(new PlainEvent(PlainEventKind.Tick, 0), new EventKey(SimTime.Hour, seq++));
        while (completed < n && calendar.TryDequeue(out var ev, out var key))
        {
            var now = key.Time;
            events++;
            var dt = now - last;
            allocatedChipSeconds += allocated * dt;
            queueJobSeconds += (tail - head) * dt;
            systemJobSeconds += (tail - head + running) * dt;
            itJoules += itWatts * dt;
            last = now;
            switch (ev.Kind)
            {
                case PlainEventKind.Arrival:
                    {
                        var j = arrived++;
                        chips[j] = training.ChipChoices[Sampler.Choose(training.ChipWeights, totalWeight, rng)];
                        var work = Sampler.Draw(training.ChipHours, rng);
                        runtime[j] = work * SimTime.Hour / chips[j];
                        revenue += price * work;
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
                        itWatts -= Watts(type, busy[s]);
                        busy[s] -= chips[j];
                        itWatts += Watts(type, busy[s]);
                        free[s] += chips[j];
                        allocated -= chips[j];
                        running--;
                        completed++;
                        break;
                    }
                case PlainEventKind.Tick:
                    hourly.Add(new[]
                    {
                        (allocatedChipSeconds - prevAllocated) / (SimTime.Hour * servers * type.ChipsPerServer),
                        (itJoules - prevJoules) / SimTime.Hour / 1000,
                        (queueJobSeconds - prevQueue) / SimTime.Hour,
                        (systemJobSeconds - prevSystem) / SimTime.Hour,
                    });
                    (prevAllocated, prevJoules, prevQueue, prevSystem) = (allocatedChipSeconds, itJoules, queueJobSeconds, systemJobSeconds);
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
                itWatts -= Watts(type, busy[s]);
                busy[s] += chips[j];
                itWatts += Watts(type, busy[s]);
                free[s] -= chips[j];
                allocated += chips[j];
                running++;
                server[j] = s;
                waitSum += now - submit[j];
                waits[started++] = now - submit[j];
                calendar.Enqueue(new PlainEvent(PlainEventKind.Finish, j), new EventKey(now + runtime[j], seq++));
            }
        }
        Array.Sort(waits);
        var p95 = Metrics.Quantile.OfSorted(waits, 0.95);
        sw.Stop();
        GC.KeepAlive(p95 + revenue + serverJoules.Sum());
        return new EngineMeasurement("plain", events, sw.Elapsed.TotalSeconds, waitSum / n / SimTime.Hour, n)
        {
            P95WaitHours = p95 / SimTime.Hour,
            ItEnergyKwh = itJoules / 3.6e6,
            Utilization = allocatedChipSeconds / (last * servers * type.ChipsPerServer),
        };
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
