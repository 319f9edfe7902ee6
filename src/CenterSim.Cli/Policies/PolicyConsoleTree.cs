using CenterSim.Policies.Registry;
using Spectre.Console;

namespace CenterSim.Cli.Policies;

/// <summary>
/// One kind of policy for a terminal: a tree of its policies, each with what it does, and under it its
/// parameters with unit, default, range and meaning. Lines wrap at word boundaries to the terminal's width.
/// </summary>
public static class PolicyConsoleTree
{
    public static Tree Of(IPolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var tree = new Tree($"[bold]{PolicyKinds.Slug(catalog).EscapeMarkup()}[/]");
        foreach (var name in catalog.Names)
        {
            var node = tree.AddNode($"[green]{name.EscapeMarkup()}[/]: {catalog.DescriptionOf(name)!.EscapeMarkup()}");
            foreach (var p in catalog.ParametersOf(name)!)
            {
                node.AddNode(
                    $"[bold]{p.Name.EscapeMarkup()}[/] [dim]({ParameterText.Unit(p).EscapeMarkup()}; {(p.Required ? "required" : "default " + ParameterText.Default(p))}; {ParameterText.Range(p).EscapeMarkup()})[/]: {p.Description.EscapeMarkup()}");
            }
        }
        return tree;
    }
}
