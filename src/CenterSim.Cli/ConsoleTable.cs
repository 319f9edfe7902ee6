using Spectre.Console;

namespace CenterSim.Cli;

/// <summary>
/// A table on the console that never breaks a word: in a terminal (or with COLUMNS set) a Spectre table
/// sized to the width, its first column never wrapped; otherwise (a pipe or a file) valid Markdown,
/// one row per line, whatever its length.
/// </summary>
public static class ConsoleTable
{
    public static void Write(string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int rightAlignedFrom = int.MaxValue)
    {
        if (ConsoleWidth.Piped)
        {
            Console.Out.Write(Markdown(title, columns, rows, rightAlignedFrom));
            return;
        }
        // Cells, borders and padding: when the widest row would not fit, each row becomes a block of "column: value" lines.
        var natural = Enumerable.Range(0, columns.Count).Sum(i => rows.Select(r => r.Length > i ? r[i].Length : 0).Append(columns[i].Length).Max() + 3) + 1;
        if (natural > AnsiConsole.Profile.Width)
        {
            Console.Out.Write(Blocks(title, columns, rows));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        for (var i = 0; i < columns.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(columns[i]));
            if (i >= rightAlignedFrom)
            {
                column.RightAligned();
            }
            if (i == 0)
            {
                column.NoWrap();
            }
            table.AddColumn(column);
        }
        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        AnsiConsole.Write(table);
    }

    /// <summary>One block per row: its first cell, then "  column: value" for the others; no line is ever split.</summary>
    public static string Blocks(string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        var sb = new System.Text.StringBuilder().Append(title).Append('\n');
        foreach (var row in rows)
        {
            sb.Append('\n').Append(row[0]).Append('\n');
            for (var i = 1; i < columns.Count && i < row.Length; i++)
            {
                sb.Append("  ").Append(columns[i]).Append(": ").Append(row[i]).Append('\n');
            }
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>The table as GitHub Markdown: a title line, a header, and one line per row with '|' escaped.</summary>
    public static string Markdown(string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, int rightAlignedFrom = int.MaxValue)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("**").Append(title).Append("**\n\n| ").Append(string.Join(" | ", columns.Select(Cell))).Append(" |\n|");
        for (var i = 0; i < columns.Count; i++)
        {
            sb.Append(i >= rightAlignedFrom ? "---:|" : "---|");
        }
        sb.Append('\n');
        foreach (var row in rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }
        return sb.Append('\n').ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
