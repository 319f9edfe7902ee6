using System.Text;

namespace CenterSim.Reporting.Files;

/// <summary>
/// Replaces a file so that readers see either the old complete file or the new complete file, never a
/// partial one. The content goes to a hidden temporary file in the same folder (so the final step is a
/// rename within one file system), is flushed to disk, and is then moved over the destination with
/// <see cref="File.Move(string, string, bool)"/>. If writing fails the temporary file is deleted and the
/// destination is left untouched. A process killed mid-write can leave a stray
/// <c>.NAME.*.tmp</c> file behind, but never a truncated file under the final name.
/// </summary>
public static class AtomicFile
{
    private const int BufferSize = 1 << 16;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> from a callback that fills a stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)
            ?? throw new ArgumentException($"'{path}' names no file", nameof(path));
        Directory.CreateDirectory(folder);

        var temp = TempPathFor(full);
        try
        {
            WriteDurably(temp, write);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }

    /// <summary>Writes text as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, Utf8NoBom.GetBytes(text));
    }

    /// <summary>A fresh hidden temporary name next to <paramref name="fullPath"/>.</summary>
    internal static string TempPathFor(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        return Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Creates <paramref name="path"/> (which must not exist), fills it and flushes it to the device.</summary>
    internal static void WriteDurably(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
