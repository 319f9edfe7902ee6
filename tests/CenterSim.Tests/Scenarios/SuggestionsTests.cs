using CenterSim.Scenarios.Validation;

namespace CenterSim.Tests.Scenarios;

public sealed class SuggestionsTests
{
    private static readonly string[] Keys = { "name", "seed", "replications", "duration", "warmup" };

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("seed", "seed", 0)]
    [InlineData("replicatons", "replications", 1)]
    public void Distance_counts_single_character_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
    }

    [Theory]
    [InlineData("sed", "seed")]
    [InlineData("Seed", "seed")]
    [InlineData("warm", "warmup")]
    [InlineData("replicationsss", "replications")]
    [InlineData("colour", null)]
    public void Closest_needs_two_edits_or_fewer_or_a_prefix(string given, string? expected)
    {
        Assert.Equal(expected, Suggestions.Closest(given, Keys));
    }

    [Fact]
    public void Hint_lists_the_valid_names_when_none_is_close()
    {
        Assert.Equal("; valid: name, seed, replications, duration, warmup", Suggestions.Hint("colour", Keys));
        Assert.Equal("; did you mean 'duration'?", Suggestions.Hint("duratoin", Keys));
    }
}
