using System.Globalization;
using Spectre.Console;

namespace CenterSim.Cli;

/// <summary>
/// How wide console output may be: the COLUMNS environment variable when set, else the terminal's width.
/// Output that is not a terminal (a pipe, a file) has no width to fit: tables are then written as
/// Markdown lines (see <see cref="ConsoleTable"/>) and help text is not wrapped at 80 columns.
/// </summary>
public static class ConsoleWidth
{
    /// <summary>Width used for help text when the output is not a terminal and COLUMNS is unset.</summary>
    public const int Unwrapped = 250;

    /// <summary>True when standard output is a file or pipe and COLUMNS does not ask for a width.</summary>
    public static bool Piped => Console.IsOutputRedirected && Columns is null;

    /// <summary>COLUMNS as a positive number, else null.</summary>
    public static int? Columns =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : null;

    public static void Apply()
    {
        if (Columns is { } c)
        {
            AnsiConsole.Profile.Width = c;
        }
        else if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Unwrapped;
        }
    }
}
