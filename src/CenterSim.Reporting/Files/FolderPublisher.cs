namespace CenterSim.Reporting.Files;

/// <summary>
/// Publishes a folder built completely elsewhere (a hidden sibling) as the destination in one step, so a
/// reader never sees a mix of two results. With no destination yet the built folder is renamed to it,
/// one atomic rename. Otherwise the destination is renamed aside to <c>.NAME.old-*</c>, the built folder
/// renamed in, the old folder's entries that are not results (a user's own notes) moved into the new one,
/// and the old one deleted. So the destination is always the whole old result, the whole new one, or
/// (between the two renames) absent; <see cref="Recover"/> then puts the old one back.
/// </summary>
public static class FolderPublisher
{
    /// <summary>Replaces <paramref name="destination"/> by <paramref name="built"/>; <paramref name="isResult"/> tells, from its path, an entry of the old folder that the new result replaces.</summary>
    /// <param name="step">called after each step (for tests that simulate a crash there)</param>
    public static void Publish(string built, string destination, Func<string, bool> isResult, Action<string>? step = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        Recover(full, isResult);
        if (!Directory.Exists(full))
        {
            Directory.Move(built, full);
            step?.Invoke("renamed in");
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.old-{Guid.NewGuid():N}");
        Directory.Move(full, old);
        step?.Invoke("moved the old result aside");
        Directory.Move(built, full);
        step?.Invoke("renamed in");
        Retire(old, full, isResult);
    }

    /// <summary>
    /// Clears what a killed publish left next to <paramref name="destination"/>: an old result moved aside
    /// goes back when the destination is missing; otherwise its entries that are not results move into the
    /// destination and the rest is deleted.
    /// </summary>
    public static void Recover(string destination, Func<string, bool> isResult)
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
                Retire(old, full, isResult);
            }
        }
    }

    /// <summary>Moves the entries of <paramref name="old"/> that are not results into <paramref name="into"/> (unless taken), then deletes it.</summary>
    private static void Retire(string old, string into, Func<string, bool> isResult)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(old).ToList())
        {
            var name = Path.GetFileName(entry);
            var target = Path.Combine(into, name);
            if (!isResult(entry) && !Path.Exists(target))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Move(entry, target);
                }
                else
                {
                    File.Move(entry, target);
                }
            }
        }
        Directory.Delete(old, recursive: true);
    }
}
