using CenterSim.Cli;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Engine;

public class FailureReportSpec
{
    [Fact]
    public void A_failed_run_ends_the_command_with_exit_code_1_and_one_line_naming_replication_and_time()
    {
        using var session = new RunSession(Specs.Mmc(1, 1, 1, 1, 1, 0), 4, typeof(LoneActorRoot<NanTimeActor>));
        var failure = Assert.Throws<SimulationException>(() => session.RunUntil(100));
        // The batch runner gathers the failures of all the replications it ran.
        var error = new StringWriter();
        var code = FailureReport.Write(new AggregateException(failure, new SimulationException("replication 5 failed at t=1 s: x", null)), error);
        Assert.Equal(ExitCodes.InternalFailure, code);
        Assert.Equal(
            "centersim: replication 4 failed at t=2 s: an event for lone (Tick) has a time that is not a number (now 2 s) (1 more runs failed)" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void Bad_input_still_lists_every_problem_with_exit_code_2()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, FailureReport.Write(new BadInputException(new[] { "a.yaml:1:1: x", "a.yaml:2:1: y" }), error));
        Assert.Equal("a.yaml:1:1: x" + Environment.NewLine + "a.yaml:2:1: y" + Environment.NewLine, error.ToString());
    }
}
