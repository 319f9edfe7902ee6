using CenterSim.Model.Scenario;
using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Loads scenario text and asserts that it is valid, or which diagnostics it gives.</summary>
internal static class ScenarioAssert
{
    /// <summary>The spec of a text that must load without any diagnostic.</summary>
    public static ScenarioSpec Load(string text)
    {
        var result = ScenarioLoader.Parse(text, FileName);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        return result.Spec!;
    }

    /// <summary>
    /// Asserts a center equals the expected one, its pools compared item by item (a record compares a
    /// list by reference, so two equal centers built apart would differ).
    /// </summary>
    public static void SameCenter(CenterSpec expected, CenterSpec actual)
    {
        Assert.Equal(expected.Pools, actual.Pools);
        Assert.Equal(expected, actual with { Pools = expected.Pools });
    }

    /// <summary>The diagnostics of a text that must fail to load.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string text)
    {
        var result = ScenarioLoader.Parse(text, FileName);
        Assert.False(result.Ok);
        Assert.Null(result.Spec);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    /// <summary>Asserts the text's diagnostics, in order: each one's position and whole message, all in <see cref="ScenarioTexts.FileName"/>.</summary>
    public static void Exactly(string text, params ((int Line, int Column) At, string Message)[] expected)
    {
        var errors = Errors(text);
        Assert.All(errors, e => Assert.Equal(FileName, e.File));
        Assert.Equal(expected, errors.Select(e => ((e.Line, e.Column), e.Message)).ToArray());
    }

    /// <summary>Asserts exactly one diagnostic, at <paramref name="at"/>, whose message contains every fragment.</summary>
    public static Diagnostic Single(string text, (int Line, int Column) at, params string[] fragments)
    {
        var d = Assert.Single(Errors(text));
        Assert.Equal(FileName, d.File);
        Assert.Equal(at, (d.Line, d.Column));
        foreach (var f in fragments)
        {
            Assert.Contains(f, d.Message);
        }
        return d;
    }
}
