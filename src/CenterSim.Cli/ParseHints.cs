using System.Reflection;
using System.Text.RegularExpressions;
using CenterSim.Scenarios.Validation;
using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>
/// Turns a command-line parse error into a message that says what to type instead: the closest command
/// or option ("did you mean"), or which other command an option belongs to.
/// </summary>
public static class ParseHints
{
    public static string Explain(string message, IReadOnlyList<string> args)
    {
        var command = CommandOf(args);
        var unknownCommand = UnknownCommandPattern.Match(message);
        if (unknownCommand.Success)
        {
            var given = unknownCommand.Groups[1].Value;
            var names = command is null
                ? CommandTable.Commands.Select(c => c.Path.Split(' ')[0]).Distinct().ToList()
                : CommandTable.Commands.Where(c => c.Path.StartsWith(command + " ", StringComparison.Ordinal)).Select(c => c.Path.Split(' ')[1]).ToList();
            return $"unknown command '{given}'{Suggestions.Hint(given, names)} (see `centersim --help`)";
        }
        var unknownOption = UnknownOptionPattern.Match(message);
        if (unknownOption.Success)
        {
            var given = "--" + unknownOption.Groups[1].Value.TrimStart('-');
            var path = command ?? "";
            var own = OptionsOf(path);
            var elsewhere = CommandTable.Commands.Where(c => OptionsOf(c.Path).Contains(given)).Select(c => c.Path).ToList();
            if (elsewhere.Count > 0)
            {
                return $"{path}: unknown option '{given}'; it is an option of `centersim {string.Join("`, `centersim ", elsewhere)}`";
            }
            var closest = Suggestions.Closest(given, own);
            if (closest is not null)
            {
                return $"{path}: unknown option '{given}'; did you mean '{closest}'?";
            }
            return $"{path}: unknown option '{given}'; the options of `{path}` are {string.Join(", ", own)}";
        }
        var badValue = BadValuePattern.Match(message);
        if (badValue.Success && OptionGiven(args, badValue.Groups[1].Value) is { } option)
        {
            var what = badValue.Groups[2].Value switch
            {
                "Int16" or "Int32" or "Int64" => "a whole number",
                "UInt16" or "UInt32" or "UInt64" => "a whole number of at least 0",
                "Single" or "Double" or "Decimal" => "a number",
                var other => other,
            };
            return $"{command ?? "centersim"}: {option}: '{badValue.Groups[1].Value}' is not {what}";
        }
        if (message.StartsWith("Could not match", StringComparison.Ordinal) && command is not null)
        {
            return $"{command}: {message.TrimEnd('.')}: a stray argument (see `centersim {command} --help`)";
        }
        return message;
    }

    /// <summary>The command path the arguments name (e.g. "run", "cluster node"), or null before one is given.</summary>
    private static string? CommandOf(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return null;
        }
        var two = args.Count > 1 ? args[0] + " " + args[1] : null;
        if (two is not null && CommandTable.Commands.Any(c => c.Path == two))
        {
            return two;
        }
        return CommandTable.Commands.Any(c => c.Path == args[0] || c.Path.StartsWith(args[0] + " ", StringComparison.Ordinal)) ? args[0] : null;
    }

    /// <summary>The long options of a command, "--name" each, from its settings' attributes.</summary>
    public static IReadOnlyList<string> OptionsOf(string path)
    {
        var settings = CommandTable.Commands.FirstOrDefault(c => c.Path == path).Settings;
        if (settings is null)
        {
            return [];
        }
        return settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.LongNames.Select(n => "--" + n))
            .Append("--help")
            .ToList();
    }

    /// <summary>The option that was given <paramref name="value"/> ("--repeats x" or "--repeats=x"), or null.</summary>
    private static string? OptionGiven(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith('-') && args[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                return args[i][..^(value.Length + 1)];
            }
            if (i > 0 && args[i] == value && args[i - 1].StartsWith('-'))
            {
                return args[i - 1];
            }
        }
        return null;
    }

    private static readonly Regex BadValuePattern = new("^Failed to convert '([^']*)' to (.*?)\\.?$", RegexOptions.CultureInvariant);
    private static readonly Regex UnknownCommandPattern = new("^Unknown command '([^']*)'", RegexOptions.CultureInvariant);
    private static readonly Regex UnknownOptionPattern = new("^Unknown option '([^']*)'", RegexOptions.CultureInvariant);
}
