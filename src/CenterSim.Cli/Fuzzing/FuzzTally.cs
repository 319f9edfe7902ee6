namespace CenterSim.Cli.Fuzzing;

/// <summary>What the fuzzed commands did: exit codes of validate and of the short runs, stack traces and time-outs.</summary>
public sealed class FuzzTally
{
    public int Mutants { get; private set; }

    public int Valid { get; private set; }

    public int Rejected { get; private set; }

    public int RunsOk { get; private set; }

    public int RunsRejected { get; private set; }

    public int StackTraces { get; private set; }

    public int TimeOuts { get; private set; }

    public int ExitOnes { get; private set; }

    public int OtherExits { get; private set; }

    public int Failures => StackTraces + TimeOuts + ExitOnes + OtherExits;

    /// <summary>Counts one mutant; true when any of its commands failed (a stack trace, a time-out, exit 1 or another code).</summary>
    public bool Add(ChildRun validate, ChildRun? run)
    {
        Mutants++;
        var failed = false;
        foreach (var c in new[] { validate, run })
        {
            if (c is null)
            {
                continue;
            }
            failed |= c.StackTrace || c.TimedOut || c.ExitCode is not (ExitCodes.Success or ExitCodes.BadInput);
            StackTraces += c.StackTrace ? 1 : 0;
            TimeOuts += c.TimedOut ? 1 : 0;
            ExitOnes += c.ExitCode == ExitCodes.InternalFailure ? 1 : 0;
            OtherExits += c.ExitCode is not (ExitCodes.Success or ExitCodes.BadInput or ExitCodes.InternalFailure) && !c.TimedOut ? 1 : 0;
        }
        Valid += validate.ExitCode == ExitCodes.Success ? 1 : 0;
        Rejected += validate.ExitCode == ExitCodes.BadInput ? 1 : 0;
        RunsOk += run?.ExitCode == ExitCodes.Success ? 1 : 0;
        RunsRejected += run?.ExitCode == ExitCodes.BadInput ? 1 : 0;
        return failed;
    }

    public override string ToString() =>
        $"mutants={Mutants} valid={Valid} rejected={Rejected} runs_ok={RunsOk} runs_rejected={RunsRejected} "
        + $"stack_traces={StackTraces} time_outs={TimeOuts} exit_1={ExitOnes} other_exits={OtherExits}";
}
