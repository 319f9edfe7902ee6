using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Infrastructure;

/// <summary><c>infrastructure.power.throttle_power_exponent</c>: a number >= 1, 3 when not given.</summary>
public sealed class ThrottleExponentTests
{
    private static string WithPower(string power) => Minimal + "\ninfrastructure:\n  power: " + power + "\n";

    [Fact]
    public void The_exponent_is_read_and_defaults_to_the_cubic_cmos_model()
    {
        Assert.Equal(3, Load(WithPower("{ capping: throttle, rack_cap_kw: 1 }")).Infrastructure.Power!.ThrottlePowerExponent);
        Assert.Equal(1, Load(WithPower("{ throttle_power_exponent: 1 }")).Infrastructure.Power!.ThrottlePowerExponent);
        Assert.Equal(2.4, Load(WithPower("{ throttle_power_exponent: 2.4 }")).Infrastructure.Power!.ThrottlePowerExponent);
    }

    [Fact]
    public void An_exponent_below_1_or_not_a_number_is_an_error()
    {
        var low = WithPower("{ throttle_power_exponent: 0.5 }");
        Exactly(low, (PositionOf(low, "0.5"), "'throttle_power_exponent': must be >= 1, found 0.5"));

        var word = WithPower("{ throttle_power_exponent: cubic }");
        Exactly(word, (PositionOf(word, "cubic"), "'throttle_power_exponent': expected a number, found 'cubic'"));
    }
}
