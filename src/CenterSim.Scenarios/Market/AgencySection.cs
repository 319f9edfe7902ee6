using CenterSim.Model.Market;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Market;

/// <summary>
/// <c>market.vouchers</c> as a list, in a network: one voucher agency per issuing city or province. Each
/// item is a voucher program (every key of a single program) plus the agency's own keys: the
/// <c>region</c> whose tenants may apply, an optional <c>name</c> (default: the region), where its
/// vouchers may be spent (<c>spend_in</c>: <c>own-region</c>, the default; <c>anywhere</c> in the
/// network; or a list of regions or center names) and whether they also pay data transfer fees
/// (<c>transfer_fees</c>, default false).
/// </summary>
public static class AgencySection
{
    public static readonly string[] Keys = { "name", "region", "spend_in", "transfer_fees" };

    public const string OwnRegion = "own-region";

    public const string Anywhere = "anywhere";

    /// <summary>A network's regions and its centers with theirs: what an agency may be in and spend at.</summary>
    public sealed record Places(IReadOnlyList<string> Regions, IReadOnlyList<(string Name, string Region)> Centers);

    /// <summary>The agencies in file order; null when any has a mistake (all are still checked).</summary>
    public static IReadOnlyList<VoucherProgramSpec>? Read(SequenceNode list, Places? network, NodeReader r)
    {
        if (network is null)
        {
            r.Error(list, "'vouchers': a list of voucher agencies needs a network (several centers in regions); with one center give one program as a mapping");
            return null;
        }
        if (list.Items.Count == 0)
        {
            r.Error(list, "'vouchers': the list of agencies is empty; remove it or give at least one agency");
            return null;
        }
        var names = new Dictionary<string, Node>(StringComparer.Ordinal);
        var regions = new Dictionary<string, Node>(StringComparer.Ordinal);
        var read = list.Items.Select((item, i) => ReadAgency(item, $"market.vouchers[{i}]", network, names, regions, r)).ToList();
        return read.Any(a => a is null) ? null : read.Select(a => a!).ToList();
    }

    private static VoucherProgramSpec? ReadAgency(Node item, string ctx, Places network, Dictionary<string, Node> names, Dictionary<string, Node> regions, NodeReader r)
    {
        var program = MarketSection.ReadVouchers(item, r, ctx, Keys);
        if (item is not MappingNode map)
        {
            return null;
        }
        var regionNode = r.Required(map, "region", ctx);
        var region = regionNode is null ? null : CenterSection.ReadRegion(regionNode, "region", network.Regions, r);
        if (region is not null && !Unique(regions, region, regionNode!, "region", r))
        {
            region = null;
        }
        var nameNode = NodeReader.Optional(map, "name");
        var name = nameNode is null ? region : r.String(nameNode, "name");
        if (name is not null && !Unique(names, name, nameNode ?? regionNode!, "name", r))
        {
            name = null;
        }
        var transferNode = NodeReader.Optional(map, "transfer_fees");
        var transfer = transferNode is null ? false : r.Bool(transferNode, "transfer_fees");
        var spendOk = true;
        IReadOnlyList<string>? spendIn = null;
        if (NodeReader.Optional(map, "spend_in") is { } spendNode)
        {
            if (NodeReader.Optional(map, "eligible_regions") is not null)
            {
                r.Error(map.Find("spend_in")!.Key, "give either 'spend_in' or 'eligible_regions' (both say where the vouchers may be spent), not both");
                spendOk = false;
            }
            else
            {
                spendOk = ReadSpendIn(spendNode, region, network, r, out spendIn);
            }
        }
        else if (program?.EligibleRegions is null)
        {
            spendIn = region is null ? null : new[] { region };
        }
        if (program is null || region is null || name is null || transfer is null || !spendOk)
        {
            return null;
        }
        return program with { Name = name, EligibleRegions = spendIn ?? program.EligibleRegions }
            with
        { IssuerRegion = region, CoversTransfer = transfer.Value };
    }

    /// <summary><c>own-region</c>, <c>anywhere</c> (null: no limit) or a list of regions or center names (each taken as its region).</summary>
    private static bool ReadSpendIn(Node node, string? own, Places network, NodeReader r, out IReadOnlyList<string>? spendIn)
    {
        spendIn = null;
        if (node is ScalarNode scalar)
        {
            switch (scalar.Value)
            {
                case OwnRegion:
                    spendIn = own is null ? null : new[] { own };
                    return own is not null;
                case Anywhere:
                    return true;
                default:
                    r.Error(scalar, $"'spend_in': expected '{OwnRegion}', '{Anywhere}' or a list of regions or centers, found '{scalar.Value}'"
                        + (Suggestions.Closest(scalar.Value, new[] { OwnRegion, Anywhere }) is { } close ? $"; did you mean '{close}'?" : ""));
                    return false;
            }
        }
        var list = r.Sequence(node, "spend_in");
        if (list is null)
        {
            return false;
        }
        var places = new List<string>();
        var ok = list.Items.Count > 0;
        if (!ok)
        {
            r.Error(list, "'spend_in': the list is empty, so no voucher could ever be spent; name at least one region or center");
        }
        foreach (var itemNode in list.Items)
        {
            var text = r.String(itemNode, "spend_in");
            var region = text is null ? null
                : network.Regions.Contains(text) ? text
                : network.Centers.FirstOrDefault(c => c.Name == text).Region;
            if (text is not null && region is null)
            {
                var known = network.Regions.Concat(network.Centers.Select(c => c.Name)).Distinct().ToList();
                r.Error(itemNode, $"'spend_in': no center is named or in region '{text}'{Suggestions.HintWithList(text, known)}");
            }
            ok &= region is not null;
            if (region is not null && !places.Contains(region))
            {
                places.Add(region);
            }
        }
        spendIn = places;
        return ok;
    }

    private static bool Unique(Dictionary<string, Node> seen, string value, Node node, string key, NodeReader r)
    {
        if (seen.TryGetValue(value, out var first))
        {
            r.Error(node, $"'{key}': two agencies share '{value}' (first at line {first.Line}); give each its own");
            return false;
        }
        seen[value] = node;
        return true;
    }
}
