using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CenterSim.Reporting.Files;

namespace CenterSim.Cli.Output;

/// <summary>
/// <c>origin.json</c> in a results folder: the scenario file, its name, its SHA-256 and the kind of output
/// (a plain run or a study) that made the folder. Before writing, <see cref="Check"/> refuses, unless
/// forced, a folder of the repository's committed reference results, a folder made from another scenario
/// or of another kind, and a non-empty folder centersim did not record making.
/// </summary>
public sealed record ResultsOrigin(string Scenario, string Name, string Sha256, string Kind)
{
    public const string FileName = "origin.json";

    public static ResultsOrigin Of(string scenarioFile, string name, string kind)
    {
        using var stream = File.OpenRead(scenarioFile);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new ResultsOrigin(scenarioFile.Replace('\\', '/'), name, hash, kind);
    }

    /// <summary>Throws a bad-input error naming <paramref name="option"/> when writing this origin's results into <paramref name="folder"/> needs --force and it was not given.</summary>
    public void Check(string option, string folder, bool force)
    {
        OutputFolder.Guard(option, folder, force);
        if (force)
        {
            return;
        }
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any(e => !Path.GetFileName(e).StartsWith('.')))
        {
            return;
        }
        var recorded = Read(folder);
        if (recorded is null)
        {
            throw new BadInputException($"centersim: {option} '{folder}': the folder holds files but no {FileName}, so centersim did not make it; choose another folder or pass --force");
        }
        if (recorded.Name != Name || recorded.Kind != Kind)
        {
            throw new BadInputException($"centersim: {option} '{folder}': it holds the {recorded.Kind} results of scenario '{recorded.Name}' ({recorded.Scenario}); writing the {Kind} of '{Name}' there would mix them; choose another folder or pass --force");
        }
        if (recorded.Sha256 != Sha256)
        {
            Console.Error.WriteLine($"centersim: note: {folder} held results of an earlier version of {recorded.Scenario} (SHA-256 {recorded.Sha256[..12]}…); they are replaced");
        }
    }

    /// <summary>Writes <c>origin.json</c> into the finished folder (atomically; same input, same bytes).</summary>
    public void Record(string folder)
    {
        var json = new JsonObject { ["scenario"] = Scenario, ["name"] = Name, ["sha256"] = Sha256, ["kind"] = Kind };
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static ResultsOrigin? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path));
            return new ResultsOrigin((string?)node?["scenario"] ?? "", (string?)node?["name"] ?? "", (string?)node?["sha256"] ?? "", (string?)node?["kind"] ?? "");
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
