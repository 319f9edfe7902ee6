using System.Globalization;
using CsvHelper;

namespace CenterSim.Reporting.Files;

/// <summary>
/// The CSV dialect of all result files: RFC 4180 quoting, comma, "\n" line ends, UTF-8 without BOM,
/// invariant culture, and numbers written straight into the writer's UTF-8 buffer in round-trip form.
/// </summary>
internal static class CsvFiles
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    /// <summary>A writer over <paramref name="stream"/> that leaves the stream open; dispose it to flush.</summary>
    public static CsvWriter Open(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>A number in round-trip form ("R"); NaN and infinities as an empty cell.</summary>
    public static void WriteNumber(CsvWriter csv, double value)
    {
        if (double.IsFinite(value))
        {
            csv.WriteField(value, "R");
        }
        else
        {
            csv.WriteField(ReadOnlySpan<char>.Empty);
        }
    }
}
