namespace CenterSim.Cli.Validation;

/// <summary>
/// Finds the folder of public validation data (`shared/data`) that sits beside the repository. It is
/// read in place, never copied into the project; checks that need it are skipped when it is absent.
/// </summary>
public static class SharedData
{
    public static string? Locate(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }
        return Scenarios.Serving.ServingTraceFile.LocateData(Directory.GetCurrentDirectory())
            ?? Scenarios.Serving.ServingTraceFile.LocateData(AppContext.BaseDirectory);
    }
}
