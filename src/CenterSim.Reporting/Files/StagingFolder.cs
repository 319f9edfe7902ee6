namespace CenterSim.Reporting.Files;

/// <summary>
/// Writes a set of files into a hidden staging folder next to the destination folder and moves them
/// in only after every one of them has been written completely and flushed to disk.
/// <para>
/// Guarantees, precisely: each file is atomic on its own — under its final name it is always either
/// the previous complete version or the new complete version, never partial. The set as a whole is
/// not atomic: if the process dies during <see cref="Commit"/> the destination can hold a mix of new
/// and previous files. To make that state recognisable, the file staged last is the completion
/// marker: <see cref="Commit"/> first deletes the destination's copy of it, then moves the other files
/// in (and deletes those registered with <see cref="RemoveOnCommit"/>), and moves the marker in last.
/// So when the marker is present, every file of the set beside it comes from the same commit.
/// </para>
/// <para>
/// If the process dies before <see cref="Commit"/> the destination is untouched and a hidden
/// <c>.NAME.staging-PID-*</c> folder may remain next to it; <see cref="Dispose"/> removes the staging
/// folder in all orderly cases, and the next staging folder for the same destination removes those
/// whose process has ended.
/// </para>
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly List<string> _staged = new();
    private readonly List<string> _obsolete = new();
    private bool _committed;
    private bool _disposed;

    private StagingFolder(string destination, string path)
    {
        Destination = destination;
        Path = path;
    }

    /// <summary>The folder the files end up in.</summary>
    public string Destination { get; }

    /// <summary>The staging folder, a hidden sibling of <see cref="Destination"/>.</summary>
    public string Path { get; }

    /// <summary>Names staged so far, in order; the last one is the completion marker.</summary>
    public IReadOnlyList<string> Staged => _staged;

    /// <summary>Creates a staging folder for <paramref name="destination"/> (which need not exist yet).</summary>
    public static StagingFolder For(string destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(destination));
        var parent = System.IO.Path.GetDirectoryName(full);
        var name = System.IO.Path.GetFileName(full);
        // The creating process's id is part of the name, so a later run can tell a leftover of a killed one.
        var tag = $"staging-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = parent is null || name.Length == 0
            ? System.IO.Path.Combine(full, $".{tag}")
            : System.IO.Path.Combine(parent, $".{name}.{tag}");
        if (parent is not null && name.Length > 0)
        {
            RemoveLeftovers(parent, name);
        }
        Directory.CreateDirectory(staging);
        return new StagingFolder(full, staging);
    }

    /// <summary>Writes one file of the set into the staging folder and flushes it to disk.</summary>
    public void Write(string fileName, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        CheckOpen();
        CheckPlainName(fileName);
        if (_staged.Contains(fileName, StringComparer.Ordinal) || _obsolete.Contains(fileName, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"'{fileName}' is already part of this set");
        }
        AtomicFile.WriteDurably(System.IO.Path.Combine(Path, fileName), write);
        _staged.Add(fileName);
    }

    /// <summary>Marks a file of the destination to be deleted by <see cref="Commit"/>, e.g. output a new run no longer produces.</summary>
    public void RemoveOnCommit(string fileName)
    {
        CheckOpen();
        CheckPlainName(fileName);
        if (_staged.Contains(fileName, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"'{fileName}' is staged and cannot also be removed");
        }
        if (!_obsolete.Contains(fileName, StringComparer.Ordinal))
        {
            _obsolete.Add(fileName);
        }
    }

    /// <summary>Moves the staged files into the destination (marker last) and deletes the staging folder.</summary>
    public void Commit()
    {
        CheckOpen();
        if (_staged.Count == 0)
        {
            throw new InvalidOperationException("nothing has been staged");
        }
        Directory.CreateDirectory(Destination);

        var marker = _staged[^1];
        File.Delete(System.IO.Path.Combine(Destination, marker));
        foreach (var name in _obsolete)
        {
            File.Delete(System.IO.Path.Combine(Destination, name));
        }
        foreach (var name in _staged)
        {
            if (name != marker)
            {
                MoveIn(name);
            }
        }
        MoveIn(marker);
        _committed = true;
        Dispose();
    }

    /// <summary>
    /// Makes the staging folder, with everything written into it (files and subfolders), the destination
    /// (<see cref="FolderPublisher"/>): in one step, or marker last into a folder that holds other things.
    /// </summary>
    public void Publish(Func<string, bool> isResult, string marker, Action<string>? step = null)
    {
        CheckOpen();
        FolderPublisher.Publish(Path, Destination, isResult, marker, step);
        _committed = true;
        Dispose();
    }

    /// <summary>Deletes the staging folder and whatever is still in it. Does not touch the destination.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Deletes staging folders of <paramref name="name"/> whose creating process has ended (a run killed mid-write).</summary>
    public static void RemoveLeftovers(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
        {
            var parts = System.IO.Path.GetFileName(dir)[(name.Length + ".staging-".Length + 1)..].Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], out var pid) && !Running(pid))
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (DirectoryNotFoundException)
                {
                }
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Moves a staged file under a temporary name in the destination first, then renames it within the
    /// destination. The second step is a same-folder rename, so the file appears atomically even when
    /// the staging folder sits on another file system and the first move has to copy.
    /// </summary>
    private void MoveIn(string name)
    {
        var final = System.IO.Path.Combine(Destination, name);
        var temp = AtomicFile.TempPathFor(final);
        try
        {
            File.Move(System.IO.Path.Combine(Path, name), temp);
            File.Move(temp, final, overwrite: true);
        }
        catch
        {
            AtomicFile.TryDelete(temp);
            throw;
        }
    }

    private void CheckOpen()
    {
        if (_committed)
        {
            throw new InvalidOperationException("the set has already been committed");
        }
        ObjectDisposedException.ThrowIf(_disposed, this);
    }

    private static void CheckPlainName(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (fileName != System.IO.Path.GetFileName(fileName) || fileName is "." or "..")
        {
            throw new ArgumentException($"'{fileName}' must be a plain file name without folders", nameof(fileName));
        }
    }
}
