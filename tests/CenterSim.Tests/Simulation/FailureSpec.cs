using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Simulation;

public class FailureSpec
{
    [Fact]
    public void A_failing_actor_fails_the_run_instead_of_restarting_silently()
    {
        using var session = new RunSession(Specs.SmallCenter(100, 0, replications: 1), 0);
        var server = session.Context.Directory.Servers[3];
        // A server given a message it does not understand throws; its rack must record the failure.
        Assert.Throws<SimulationException>(() => session.Ask<ServerProtocol.Energy>(server, "not a server message"));
        Assert.IsType<InvalidOperationException>(session.Context.Failure);
        Assert.Contains("ServerActor got an unexpected String", session.Context.Failure!.Message);
        Assert.Throws<SimulationException>(() => session.RunUntil(50 * 3600));
    }

    [Fact]
    public void Actors_answer_questions_between_events()
    {
        using var session = new RunSession(Specs.SmallCenter(100, 0, replications: 1), 0);
        session.RunUntil(10 * 3600);
        var energy = session.Ask<ServerProtocol.Energy>(session.Context.Directory.Servers[0], ServerProtocol.EnergyRequest.Instance);
        // An idle-or-busier server draws at least its idle 1400 W for the 10 hours so far.
        Assert.True(energy.Joules >= 1400 * 10 * 3600 - 1e-6, $"{energy.Joules} J");
        Assert.True(energy.Joules <= 5600 * 10 * 3600 + 1e-6, $"{energy.Joules} J");
    }
}
