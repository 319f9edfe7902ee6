using CenterSim.Model.Scenario;
using CenterSim.Reporting.Formatting;

namespace CenterSim.Tests.Reporting;

public class NumberTextTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(3.14159, "3.142")]
    [InlineData(0.012345, "0.01235")]
    [InlineData(2.5, "2.5")]
    [InlineData(999.96, "1,000")]
    [InlineData(125350.25, "125,350")]
    [InlineData(-42.123, "-42.12")]
    [InlineData(0.00001234, "1.234E-05")]
    [InlineData(double.NaN, "n/a")]
    public void Readable_keeps_four_significant_digits(double value, string expected) =>
        Assert.Equal(expected, NumberText.Readable(value));

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e20, "1E+20")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    public void Round_trip_is_shortest_invariant_and_empty_for_non_finite(double value, string expected) =>
        Assert.Equal(expected, NumberText.RoundTrip(value));

    [Fact]
    public void Categories_are_snake_case()
    {
        Assert.Equal("key_project", NumberText.SnakeCase(TenantCategory.KeyProject));
        Assert.Equal("sme", NumberText.SnakeCase(TenantCategory.Sme));
        Assert.Equal("io_rate", NumberText.SnakeCase("IORate"));
    }
}
