using System.Globalization;
using CenterSim.Scenarios.Market;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim list presets`: the city voucher presets `market.vouchers.preset` accepts, with their published rules.</summary>
public sealed class ListPresetsCommand : Command<ListPresetsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var rows = VoucherPresets.All.Values.Select(p => new[]
        {
            p.Name,
            p.PoolYuanPerYear is { } pool ? Yuan(pool) : "not published",
            double.IsPositiveInfinity(p.CapYuanPerTenantPerYear) ? "none stated" : Yuan(p.CapYuanPerTenantPerYear),
            Share(p.Share) + (p.DomesticShare is { } d ? $" ({Share(d)} on domestic chips)" : ""),
            p.Source,
        }).ToList();
        ConsoleTable.Write("voucher presets (market.vouchers.preset)", ["preset", "pool per year", "cap per tenant per year", "share of a bill", "source"], rows);
        return ExitCodes.Success;
    }

    private static string Yuan(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " yuan";

    private static string Share(double v) => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
