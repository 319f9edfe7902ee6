using System.ComponentModel;
using CenterSim.Cli.Policies;
using CenterSim.Policies;
using CenterSim.Reporting.Files;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>
/// `centersim policies [--kind KIND] [--markdown-docs FILE]`: every registered policy by kind with its
/// parameters, or the policy tables of a Markdown document regenerated from the registry.
/// </summary>
public sealed class PoliciesCommand : Command<PoliciesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--kind <KIND>")]
        [Description("only this kind of policy, e.g. scheduling")]
        public string? Kind { get; init; }

        [CommandOption("--markdown-docs <FILE>")]
        [Description("rewrite the policy tables between <!-- policies:begin KIND --> and <!-- policies:end --> in FILE")]
        public string? MarkdownDocs { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        if (settings.MarkdownDocs is { } path)
        {
            if (settings.Kind is not null)
            {
                throw new BadInputException("--kind and --markdown-docs do not go together: a document's tables are all rewritten at once");
            }
            return RewriteDocs(path);
        }
        var catalogs = PolicyKinds.Select(PolicyCatalog.All, settings.Kind);
        if (Console.IsOutputRedirected)
        {
            Console.Out.Write(PolicyMarkdown.Document(catalogs));
            return ExitCodes.Success;
        }
        foreach (var catalog in catalogs)
        {
            AnsiConsole.Write(PolicyConsoleTree.Of(catalog));
            AnsiConsole.WriteLine();
        }
        return ExitCodes.Success;
    }

    private static int RewriteDocs(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"{path}: no such file");
        }
        var text = File.ReadAllText(path);
        var rewritten = PolicyDocRegions.Rewrite(path, text, PolicyCatalog.All);
        if (rewritten == text)
        {
            Console.Out.WriteLine($"{path}: the policy tables already match the registry");
            return ExitCodes.Success;
        }
        AtomicFile.WriteAllText(path, rewritten);
        Console.Out.WriteLine($"{path}: rewrote the policy tables of {PolicyCatalog.All.Count} kinds");
        return ExitCodes.Success;
    }
}
