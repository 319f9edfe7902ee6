using CenterSim.Model.Scenario;
using CenterSim.Scenarios;

namespace CenterSim.Cli;

/// <summary>Loads a scenario for a command, turning every problem into one FILE:LINE:COL line of a bad-input error.</summary>
public static class ScenarioInput
{
    public static ScenarioSpec Load(string path, IReadOnlyList<KeyValuePair<string, string>>? overrides = null)
    {
        var result = ScenarioLoader.LoadFile(path, overrides ?? []);
        if (!result.Ok || result.Spec is null)
        {
            throw new BadInputException(result.Errors.Select(e => e.ToString()).ToList());
        }
        PrintWarnings(result.Warnings);
        return result.Spec;
    }

    /// <summary>Keys accepted without effect: one FILE:LINE:COL: warning: line each on standard error.</summary>
    public static void PrintWarnings(IEnumerable<Diagnostic> warnings)
    {
        foreach (var w in warnings)
        {
            Console.Error.WriteLine(w.ToString());
        }
    }

}
