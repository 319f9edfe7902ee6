using CenterSim.Cli.Commands;
using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>Every `centersim` command, one line each.</summary>
public static class CommandTable
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<RunCommand>("run").WithDescription("Run a scenario's replications and write results.")
            .WithExample("run", "scenarios/quickstart.yaml");
        config.AddCommand<SweepCommand>("sweep").WithDescription("Run every combination of swept values, compare them and write plots and a report.")
            .WithExample("sweep", "scenarios/quickstart.yaml", "--set", "centers.0.pue=1.2,1.4");
        config.AddCommand<PoliciesCommand>("policies").WithDescription("List every registered policy by kind with its parameters, units, defaults and ranges.")
            .WithExample("policies", "--kind", "pricing");
        config.AddCommand<ValidateCommand>("validate").WithDescription("Check a scenario without running it.");
        config.AddCommand<ValidationCommand>("validation").WithDescription("Compare CenterSim with queueing theory and published results; write results/validation.");
        config.AddCommand<BenchCommand>("bench").WithDescription("Time the actor engine against a plain event loop on an M/M/64 queue.");
        config.AddBranch("cluster", cluster => cluster.AddCommand<ClusterNodeCommand>("node").WithDescription("Run a worker node of a study cluster (Akka.Cluster) until Ctrl+C."));
        config.AddCommand<CompareVouchersCommand>("compare-vouchers").WithDescription("Run a market scenario once per city voucher preset, each against no vouchers on the same seeds, and tabulate them.")
            .WithExample("compare-vouchers", "scenarios/voucher-programs.yaml");
        config.AddCommand<CompareCommand>("compare").WithDescription("Run a scenario once per value of one key and tabulate metric means.");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve the classroom: lessons played as racks, money and narration, with what-if sliders, on 127.0.0.1.")
            .WithExample("serve", "--port", "5000");
        config.AddCommand<ReplayCommand>("replay").WithDescription("Run a scenario and write one offline page that plays back its racks, money and narration.")
            .WithExample("replay", "scenarios/classroom/vouchers.yaml", "--out", "results/classroom/vouchers");
        config.AddCommand<ValidateTraceCommand>("validate-trace").WithDescription("Replay an openb GPU trace in inflation mode with every placement policy and compare with the FGD paper.");
    }
}
