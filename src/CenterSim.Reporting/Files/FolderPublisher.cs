namespace CenterSim.Reporting.Files;

/// <summary>
/// Publishes a folder built completely elsewhere (a hidden sibling) as the destination, so a reader never
/// sees a mix of two results. With no destination yet, or one that holds nothing but an earlier result,
/// it is one step: the built folder is renamed in (the old one first renamed aside to <c>.NAME.old-*</c>
/// and then deleted). The destination is then always the whole old result, the whole new one, or (between
/// the two renames) absent, and <see cref="Recover"/> puts the old one back. A destination that holds
/// anything else (your own files, or a folder such as <c>.</c>) is never moved: the marker file goes
/// first, then the old result's entries, the new ones are moved in and the marker last, so the folder
/// holds a finished result exactly when it has the marker.
/// </summary>
public static class FolderPublisher
{
    /// <param name="isResult">whether an entry of the destination (by its path) belongs to a result, which the new one replaces</param>
    /// <param name="marker">the file whose presence says the result is finished</param>
    /// <param name="step">called after each step (for tests that simulate a crash there)</param>
    public static void Publish(string built, string destination, Func<string, bool> isResult, string marker, Action<string>? step = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        Recover(full);
        if (!Directory.Exists(full))
        {
            Directory.Move(built, full);
            step?.Invoke("renamed in");
            return;
        }
        if (Directory.EnumerateFileSystemEntries(full).Any(e => !isResult(e)))
        {
            PublishInto(built, full, isResult, marker, step);
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.old-{Guid.NewGuid():N}");
        Directory.Move(full, old);
        step?.Invoke("moved the old result aside");
        Directory.Move(built, full);
        step?.Invoke("renamed in");
        Directory.Delete(old, recursive: true);
    }

    /// <summary>
    /// Clears what a killed publish left next to <paramref name="destination"/>: an old result moved aside
    /// goes back when the destination is missing, and is deleted otherwise.
    /// </summary>
    public static void Recover(string destination)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }
        foreach (var old in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(full)}.old-*").Order(StringComparer.Ordinal).ToList())
        {
            if (!Directory.Exists(full))
            {
                Directory.Move(old, full);
            }
            else
            {
                Directory.Delete(old, recursive: true);
            }
        }
    }

    /// <summary>Entry by entry into a folder that also holds other things: marker out first, in last.</summary>
    private static void PublishInto(string built, string full, Func<string, bool> isResult, string marker, Action<string>? step)
    {
        File.Delete(Path.Combine(full, marker));
        step?.Invoke("removed the marker");
        foreach (var entry in Directory.EnumerateFileSystemEntries(full).Where(isResult).ToList())
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
        step?.Invoke("removed the old result");
        foreach (var entry in Directory.EnumerateFileSystemEntries(built).Where(e => Path.GetFileName(e) != marker).ToList())
        {
            var target = Path.Combine(full, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, target);
            }
            else
            {
                File.Move(entry, target);
            }
        }
        step?.Invoke("moved the new result in");
        File.Move(Path.Combine(built, marker), Path.Combine(full, marker));
        Directory.Delete(built, recursive: true);
    }
}
