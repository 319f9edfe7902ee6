// SimSharp 3.4.2 on the M/M/64 model of `centersim bench` (load 0.9, mean service one hour), so the two
// can be timed side by side. Events are counted as centersim counts them: one arrival and one
// departure per job (SimSharp itself processes 6 events per job). Prints one line per timed run and
// the fastest. Usage: SimSharpBench [jobs=1000000] [repeats=3] [seed=1]
using System.Diagnostics;
using System.Globalization;
using SimSharp;

const int Servers = 64;
const double MeanServiceSeconds = 3600;
const double MeanInterarrivalSeconds = 3600 / (0.9 * Servers);

var jobs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;

RunOnce(50_000, seed + 1000); // untimed: compiles the code the timed runs use
var best = 0.0;
for (var r = 0; r < repeats; r++)
{
    var (wall, meanWaitHours) = RunOnce(jobs, seed);
    var eventsPerSecond = 2.0 * jobs / wall;
    best = Math.Max(best, eventsPerSecond);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"engine=simsharp jobs={jobs} events={2L * jobs} wall_s={wall:F3} events_per_s={eventsPerSecond:F0} mean_wait_hours={meanWaitHours:F6}"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best events_per_s={best:F0}"));

static (double Wall, double MeanWaitHours) RunOnce(int jobs, int seed)
{
    var sw = Stopwatch.StartNew();
    var env = new Simulation(randomSeed: seed);
    var server = new Resource(env, Servers);
    var waited = 0.0;
    var served = 0L;
    env.Process(Arrivals());
    env.Run();
    sw.Stop();
    if (served != jobs)
    {
        throw new InvalidOperationException($"{served} of {jobs} jobs were served");
    }
    return (sw.Elapsed.TotalSeconds, waited / served / 3600);

    IEnumerable<Event> Arrivals()
    {
        for (var i = 0; i < jobs; i++)
        {
            yield return env.Timeout(TimeSpan.FromSeconds(env.RandExponential(MeanInterarrivalSeconds)));
            env.Process(Job());
        }
    }

    IEnumerable<Event> Job()
    {
        var arrival = env.Now;
        using var request = server.Request();
        yield return request;
        waited += (env.Now - arrival).TotalSeconds;
        served++;
        yield return env.Timeout(TimeSpan.FromSeconds(env.RandExponential(MeanServiceSeconds)));
    }
}
