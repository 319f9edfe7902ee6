using CenterSim.Cli.Commands;
using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>Every `centersim` command, one line each, and the names and options the parse hints suggest from.</summary>
public static class CommandTable
{
    /// <summary>Command paths (a branch and its command joined by a space) and the settings type holding their options.</summary>
    public static readonly IReadOnlyList<(string Path, Type Settings)> Commands = new (string, Type)[]
    {
        ("run", typeof(RunCommand.Settings)),
        ("sweep", typeof(SweepCommand.Settings)),
        ("validate", typeof(ValidateCommand.Settings)),
        ("validation", typeof(ValidationCommand.Settings)),
        ("bench", typeof(BenchCommand.Settings)),
        ("cluster node", typeof(ClusterNodeCommand.Settings)),
        ("compare-vouchers", typeof(CompareVouchersCommand.Settings)),
        ("compare", typeof(CompareCommand.Settings)),
        ("validate-trace", typeof(ValidateTraceCommand.Settings)),
        ("list presets", typeof(ListPresetsCommand.Settings)),
        ("list metrics", typeof(ListMetricsCommand.Settings)),
        ("schema", typeof(SchemaCommand.Settings)),
        ("policies", typeof(PoliciesCommand.Settings)),
        ("list policies", typeof(PoliciesCommand.Settings)),
    };

    public static void Register(IConfigurator config)
    {
        config.AddCommand<RunCommand>("run").WithDescription("Run a scenario's replications (and its variants' as a study) and write results.")
            .WithExample("run", "scenarios/quickstart.yaml");
        config.AddCommand<SweepCommand>("sweep").WithDescription("Run every combination of swept values, compare them and write plots and a report.")
            .WithExample("sweep", "scenarios/quickstart.yaml", "--set", "centers.0.pue=1.2,1.4");
        config.AddCommand<PoliciesCommand>("policies").WithDescription("List every registered policy by kind with its parameters, units, defaults and ranges.")
            .WithExample("policies", "--kind", "pricing");
        config.AddCommand<FuzzCommand>("fuzz").WithDescription("Run mutants of the shipped scenarios through validate and a short run; count stack traces, time-outs and exit 1s.")
            .WithExample("fuzz", "--mutants", "10000", "--seed", "1");
        config.AddCommand<ValidateCommand>("validate").WithDescription("Check a scenario without running it.");
        config.AddCommand<ValidationCommand>("validation").WithDescription("Compare CenterSim with queueing theory and published results; write validation.md (default centersim-out/validation).");
        config.AddCommand<BenchCommand>("bench").WithDescription("Time the actor engine against a plain event loop on an M/M/64 queue.");
        config.AddBranch("cluster", cluster =>
        {
            cluster.SetDescription("Run studies on several machines: `cluster node` starts a worker, `run --cluster` submits to it.");
            cluster.AddCommand<ClusterNodeCommand>("node").WithDescription("Run a worker node of a study cluster (Akka.Cluster) until Ctrl+C.");
        });
        config.AddCommand<CompareVouchersCommand>("compare-vouchers").WithDescription("A study: one arm per city voucher preset, each with its no-vouchers counterfactual on the same seeds (same output as `run` with variants).")
            .WithExample("compare-vouchers", "scenarios/voucher-programs.yaml");
        config.AddCommand<CompareCommand>("compare").WithDescription("A study: one variant per value of one key (same output as `run` with variants).");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve the classroom: lessons played as racks, money and narration, with what-if sliders, on 127.0.0.1.")
            .WithExample("serve", "--port", "5000");
        config.AddCommand<ReplayCommand>("replay").WithDescription("Run a scenario and write one offline page that plays back its racks, money and narration.")
            .WithExample("replay", "scenarios/classroom/vouchers.yaml", "--out", "results/classroom/vouchers");
        config.AddCommand<ValidateTraceCommand>("validate-trace").WithDescription("Replay an openb GPU trace in inflation mode with every placement policy and compare with the FGD paper.");
        config.AddCommand<SchemaCommand>("schema").WithDescription("Print the JSON Schema of scenario files, for editors (docs/scenario.schema.json).");
        config.AddBranch("list", list =>
        {
            list.SetDescription("List the names a scenario or option can use: `list presets`, `list metrics`, `list policies`.");
            list.AddCommand<PoliciesCommand>("policies").WithDescription("The same as `centersim policies`: every registered policy with its parameters.");
            list.AddCommand<ListPresetsCommand>("presets").WithDescription("City voucher presets for market.vouchers.preset.");
            list.AddCommand<ListMetricsCommand>("metrics").WithDescription("Every metric a run can report, with its meaning.");
        });
    }
}
