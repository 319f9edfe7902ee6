using CenterSim.Model.Serving;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;
using CenterSim.Traces.Readers;

namespace CenterSim.Scenarios.Serving;

/// <summary>
/// Finds and reads an inference trace a service names: <c>conv</c> or <c>code</c> for the Azure LLM inference
/// trace of 2023 in the public data folder (<c>shared/data/azure-llm-inference-2023</c>, looked for above the
/// scenario's folder and the current folder, read in place), or a path relative to the scenario file.
/// </summary>
public static class ServingTraceFile
{
    public static readonly IReadOnlyDictionary<string, string> Azure = new Dictionary<string, string>
    {
        ["conv"] = "AzureLLMInferenceTrace_conv.csv",
        ["code"] = "AzureLLMInferenceTrace_code.csv",
    };

    public const string AzureFolder = "azure-llm-inference-2023";

    /// <summary>The public data folder <c>shared/data</c> above <paramref name="start"/>, or null.</summary>
    public static string? LocateData(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    public static (IReadOnlyList<TraceRequest> Rows, string Path)? Read(Node node, NodeReader r)
    {
        var given = r.String(node, "trace");
        if (given is null)
        {
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(r.File)) ?? ".";
        string full;
        if (Azure.TryGetValue(given, out var file))
        {
            var data = LocateData(folder) ?? LocateData(Directory.GetCurrentDirectory());
            if (data is null)
            {
                r.Error(node, $"'trace': '{given}' names the Azure LLM inference trace in shared/data/{AzureFolder}, but no shared/data folder was found above {folder} or the current folder");
                return null;
            }
            full = Path.Combine(data, AzureFolder, file);
        }
        else
        {
            full = Path.GetFullPath(Path.Combine(folder, given));
        }
        if (!File.Exists(full))
        {
            r.Error(node, $"'trace': file not found: {full} (give conv, code, or a path relative to the scenario)");
            return null;
        }
        var result = AzureLlmTraceReader.Read(full);
        foreach (var d in result.Diagnostics.Take(20))
        {
            r.Error(node, $"'trace': {d}");
        }
        return result.Ok ? (result.Rows, full) : null;
    }
}
