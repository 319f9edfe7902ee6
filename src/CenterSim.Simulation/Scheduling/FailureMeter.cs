using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// What failures did: failures that took a working server down and the running jobs they killed, by
/// cause; and the useful chip-seconds of all jobs, work that moved a job past the most it had ever done
/// with checkpoint writes left out (work redone after a failure or preemption is not useful again).
/// </summary>
public sealed class FailureMeter(int causes)
{
    private readonly long[] _failures = new long[causes];
    private readonly long[] _interruptions = new long[causes];

    /// <summary>Useful chip-seconds booked so far (running jobs' work since their last booking not included).</summary>
    public double UsefulChipSeconds { get; private set; }

    public void Failed(int cause) => _failures[cause]++;

    public void Interrupted(int cause) => _interruptions[cause]++;

    /// <summary>Books a job's work up to <paramref name="done"/>: what lies above its high-water mark is useful, less the writes in it.</summary>
    public void Book(JobState job, double done, CheckpointModel checkpoints)
    {
        if (done > job.HighWater)
        {
            UsefulChipSeconds += Gain(job, done, checkpoints);
            job.HighWater = done;
        }
    }

    /// <summary>The counts now and the useful work including the running jobs' unbooked progress (none without causes).</summary>
    public FailureSample Sample(IEnumerable<JobState> running, CheckpointModel checkpoints, double now, double startedChipSeconds)
    {
        if (causes == 0)
        {
            return FailureSample.Empty;
        }
        var useful = UsefulChipSeconds;
        foreach (var job in running)
        {
            var done = job.DoneAt(now);
            if (done > job.HighWater)
            {
                useful += Gain(job, done, checkpoints);
            }
        }
        return new FailureSample(_failures.ToArray(), _interruptions.ToArray(), useful, startedChipSeconds);
    }

    /// <summary>Useful chip-seconds between the job's high-water mark and <paramref name="done"/>.</summary>
    private static double Gain(JobState job, double done, CheckpointModel checkpoints) =>
        job.Chips * (checkpoints.UsefulWork(done, job.CheckpointInterval) - checkpoints.UsefulWork(job.HighWater, job.CheckpointInterval));
}
