using System.Globalization;
using System.Text;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Files;

/// <summary>
/// Writes <c>summary.md</c>: scenario, seed and replication count, then a table
/// metric | mean | 95% CI | runs with numbers to four significant digits (see <see cref="NumberText.Readable"/>).
/// </summary>
public static class SummaryMarkdownWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string Render(SummaryTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(table.Scenario)).Append('\n');
        sb.Append('\n');
        sb.Append("- Seed: ").Append(table.Seed.ToString(inv)).Append('\n');
        sb.Append("- Replications: ").Append(table.Replications.ToString(inv)).Append('\n');
        sb.Append('\n');
        sb.Append("| metric | mean | 95% CI | runs |\n");
        sb.Append("|---|--:|:-:|---|\n");
        foreach (var row in table.Rows)
        {
            sb.Append("| ").Append(Escape(row.Metric));
            sb.Append(" | ").Append(NumberText.Readable(row.Mean));
            sb.Append(" | ");
            if (row.Estimate.Interval is { } ci)
            {
                sb.Append('[').Append(NumberText.Readable(ci.Lower)).Append(", ").Append(NumberText.Readable(ci.Upper)).Append(']');
            }
            else
            {
                sb.Append('—');
            }
            sb.Append(" | ").Append(string.Join("; ", row.Runs.Select(NumberText.Readable)));
            sb.Append(" |\n");
        }
        return sb.ToString();
    }

    public static void Write(SummaryTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Utf8NoBom.GetBytes(Render(table)));
    }

    /// <summary>Keeps names from breaking the table or being read as markup.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
