using System.Globalization;
using System.Text;

namespace CenterSim.Cli.Validation;

/// <summary>Renders the validation results as Markdown (the page under results/validation) and CSV.</summary>
public static class ValidationPage
{
    public static string Markdown(IReadOnlyList<ValidationRow> rows, IReadOnlyList<string> skipped)
    {
        var sb = new StringBuilder();
        sb.Append("# CenterSim validation\n\n");
        sb.Append("Every comparison of CenterSim with numbers it did not produce itself. Regenerate with\n");
        sb.Append("`dotnet run --project src/CenterSim.Cli -c Release -- validation` from the repository root\n");
        sb.Append("(the public data is read from `shared/data` beside the repository).\n\n");
        sb.Append("| check | quantity | ours | reference | difference | reference source | note |\n");
        sb.Append("|---|---|---:|---:|---:|---|---|\n");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Check} | {r.Quantity} | {F(r.Ours)} | {(r.Reference is { } x ? F(x) : "–")} | {(r.Difference is { } d ? Signed(d) : "–")} | {r.Source} | {r.Note} |\n");
        }
        if (skipped.Count > 0)
        {
            sb.Append("\nNot run:\n\n");
            foreach (var s in skipped)
            {
                sb.Append("- ").Append(s).Append('\n');
            }
        }
        sb.Append("""

            ## How to read it

            - **Erlang C**: the M/M/c queue has an exact mean wait; the engine's replications must
              bracket it. This checks the clock, the random streams, FIFO and the wait bookkeeping.
            - **Processor sharing**: transfers sharing one wide-area link max-min fairly form an M/G/1
              processor-sharing queue, whose mean time in system is E[S] / (1 - load) for any size
              distribution. This checks the fluid transfers, the re-sharing at every start and end,
              and the broker's hand-over of a job once its data has arrived.
            - **FGD**: Alibaba's 2023 GPU trace replayed in inflation mode (tasks arrive, none leave)
              with each placement policy, against the allocation the FGD paper published. This checks
              the placement policies and the fragmentation bookkeeping on a real, heterogeneous cluster.
            - **Philly**: a Philly-like job trace replayed in time on one virtual cluster. The
              published numbers describe all of Philly (many virtual clusters, real job durations and
              failures); the trace's durations are Gavel's V100 estimates for resampled jobs, so run
              times are not expected to agree, and queueing depends on the cluster size assumed. The
              rows show how far apart they are, not a claim of agreement.
            - **Llama 3 405B failures**: per-cause failure rates derived from Meta's published counts
              over the job's 16,384 GPUs and 54 days; the simulated interruptions are a random count
              to set beside the published 419. The effective training time rests on the assumed
              checkpoint write and restart times stated in the scenario.
            - **Young/Daly**: the simulated share of time lost to checkpoints, restarts and redone work
              against the first-order expression (and the exact Poisson one) where its assumptions hold.
            - **Serving**: the inference engine against Erlang C (replicas batching one request at a
              time), a replayed trace against the statistics of its own file, and the performance
              model against a hand calculation from datasheet figures. No measured serving system was
              compared: the step times are the model's, not measurements. One could be compared by
              serving the same model on the same chips with a real engine (e.g. vLLM on 8 H100s),
              replaying the same trace, and setting compute_utilization and bandwidth_utilization
              from its measured prefill and decode step times, then comparing TTFT and TPOT percentiles.

            """);
        return sb.ToString();
    }

    public static string Csv(IReadOnlyList<ValidationRow> rows)
    {
        var sb = new StringBuilder("check,quantity,ours,reference,difference,source\n");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\"{r.Check}\",\"{r.Quantity}\",{r.Ours:R},{r.Reference?.ToString("R", CultureInfo.InvariantCulture)},{r.Difference?.ToString("R", CultureInfo.InvariantCulture)},\"{r.Source}\"\n");
        }
        return sb.ToString();
    }

    private static string F(double v) =>
        Math.Abs(v) >= 100 ? v.ToString("N1", CultureInfo.InvariantCulture) : v.ToString("G5", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v >= 0 ? "+" : "") + F(v);
}
