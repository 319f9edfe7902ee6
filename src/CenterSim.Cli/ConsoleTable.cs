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
