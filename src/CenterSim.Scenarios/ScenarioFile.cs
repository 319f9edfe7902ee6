using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios;

/// <summary>Reads a scenario file's text, refusing a missing, unreadable or oversized file with a diagnostic.</summary>
public static class ScenarioFile
{
    /// <summary>The file's text, or null with the problem in <paramref name="problem"/>.</summary>
    public static string? Read(string path, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = new Diagnostic(path, 1, 1, "file not found");
                return null;
            }
            if (info.Length > InputLimits.MaxFileBytes)
            {
                problem = new Diagnostic(path, 1, 1,
                    $"the file has {Count.Of(info.Length)} bytes, more than the {Count.Of(InputLimits.MaxFileBytes)} a scenario may have (put long job lists in a trace file, see docs/trace-formats.md)");
                return null;
            }
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new Diagnostic(path, 1, 1, $"cannot read the file: {e.Message}");
            return null;
        }
    }
}
