using System.Text;

namespace CenterSim.Cli.Output;

/// <summary>
/// Where a command's results go, checked before any work: the default folder (outside the repository's
/// committed results/), that the folder can be written, and that writing into it clobbers nothing
/// unexpectedly (see <see cref="ResultsOrigin"/>).
/// </summary>
public static class OutputFolder
{
    /// <summary>Results of a user's runs go here by default, relative to the current folder.</summary>
    public const string DefaultRoot = "centersim-out";

    /// <summary>The longest file name most file systems accept, in bytes.</summary>
    private const int MaxNameBytes = 255;

    public static string Default(string name) => Path.Combine(DefaultRoot, name);

    /// <summary>For outputs without a scenario (validation pages): writable, and not the repository's reference results unless forced.</summary>
    public static void Guard(string option, string path, bool force)
    {
        CheckWritable(option, path);
        if (!force && ReferenceResults.Contains(path) is { } repo)
        {
            throw new BadInputException($"centersim: {option} '{path}': this is inside the committed reference results of the repository ({repo}); write elsewhere or pass --force to regenerate them");
        }
    }

    /// <summary>Throws a bad-input error naming <paramref name="option"/> unless <paramref name="path"/> is a folder that can be created or written.</summary>
    public static void CheckWritable(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new BadInputException($"centersim: {option} '{path}': the folder name is empty");
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new BadInputException($"centersim: {option} '{path}': not a usable folder name ({e.Message})");
        }
        var tooLong = full.Split(Path.DirectorySeparatorChar).FirstOrDefault(s => Encoding.UTF8.GetByteCount(s) > MaxNameBytes);
        if (tooLong is not null)
        {
            throw new BadInputException($"centersim: {option} '{Shorten(path)}': a name in the path is {Encoding.UTF8.GetByteCount(tooLong)} bytes long; at most {MaxNameBytes} are allowed");
        }
        if (File.Exists(full) || (Path.Exists(full) && !Directory.Exists(full)))
        {
            throw new BadInputException($"centersim: {option} '{path}': this is a file, not a folder");
        }
        // The staging folder is made beside the destination, so its parent (or the nearest folder that exists) must take files too.
        var existing = Directory.Exists(full) ? full : NearestExisting(option, path, full);
        Probe(option, path, existing);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
        if (Directory.Exists(full) && parent is not null)
        {
            Probe(option, path, parent);
        }
    }

    private static string NearestExisting(string option, string path, string full)
    {
        var current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
        while (current is not null && !Directory.Exists(current))
        {
            if (Path.Exists(current))
            {
                throw new BadInputException($"centersim: {option} '{path}': '{current}' is a file, so no folder can be made under it");
            }
            current = Path.GetDirectoryName(current);
        }
        return current ?? Path.GetPathRoot(full) ?? "/";
    }

    /// <summary>Creates and deletes an empty file in <paramref name="folder"/>: the only reliable test that files can be written there.</summary>
    private static void Probe(string option, string path, string folder)
    {
        var probe = Path.Combine(folder, $".centersim-probe-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"centersim: {option} '{path}': cannot write in '{folder}' ({e.Message.TrimEnd('.')})");
        }
    }

    private static string Shorten(string path) => path.Length <= 60 ? path : path[..57] + "...";
}
