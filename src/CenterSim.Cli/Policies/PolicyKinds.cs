using CenterSim.Policies;
using CenterSim.Policies.Registry;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Cli.Policies;

/// <summary>The kinds of policy in <see cref="PolicyCatalog.All"/>, by the one-word name the command line and the docs' markers use.</summary>
public static class PolicyKinds
{
    /// <summary>A kind's name with spaces as hyphens: "voucher allocation" is <c>voucher-allocation</c>.</summary>
    public static string Slug(IPolicyCatalog catalog) => catalog.Kind.Replace(' ', '-');

    /// <summary>Every catalog, or the one <paramref name="kind"/> names; an unknown kind is bad input with a did-you-mean.</summary>
    public static IReadOnlyList<IPolicyCatalog> Select(IReadOnlyList<IPolicyCatalog> catalogs, string? kind)
    {
        if (kind is null)
        {
            return catalogs;
        }
        var slugs = catalogs.Select(Slug).ToList();
        var found = catalogs.Where(c => string.Equals(Slug(c), kind, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count > 0
            ? found
            : throw new BadInputException($"--kind '{kind}': no such kind of policy{Suggestions.HintWithList(kind, slugs)}");
    }
}
