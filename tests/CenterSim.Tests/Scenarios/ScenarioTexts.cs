namespace CenterSim.Tests.Scenarios;

/// <summary>Scenario YAML used by the loader tests, and helpers to locate text in it.</summary>
internal static class ScenarioTexts
{
    public const string FileName = "test.yaml";

    /// <summary>A valid scenario that uses every key; 2 racks x 4 servers x 8 chips = 64 chips.</summary>
    public const string Full = """
        name: full-test
        seed: 18446744073709551615
        replications: 4
        duration: 2w
        warmup: 12h
        output: { jobs_csv: false }
        hardware:
          servers:
            s8: { chip: h100, chips: 8, idle_w: 1000, peak_w: 6000, price_yuan: 1500000 }
            a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann }
        centers:
          - name: c1
            region: shanghai
            pue: 1.3
            tariff: { flat_yuan_per_kwh: 0.5 }
            racks: { count: 2, servers_per_rack: 4, server: a8 }
        tenants:
          - group: labs
            count: 3
            category: key_project
            budget_yuan: 1000
            training:
              arrivals_per_hour: 0.25
              chips: { values: [1, 8, 64], weights: [1, 2, 1] }
              chip_hours: { lognormal: { mean: 200, sd: 400 } }
          - group: solo
            category: sme
            training:
              arrivals_per_hour: 2
              chips: [2, 4]
              chip_hours: { empirical: [3, 5, 10] }
        policies:
          scheduling: FIFO
          pricing: { name: Fixed, yuan_per_chip_hour: 12.5 }
        """;

    /// <summary>The smallest valid scenario: every optional key left out.</summary>
    public const string Minimal = """
        name: minimal
        seed: 0
        stop_after_jobs: 100
        hardware:
          servers:
            box: { chip: x, chips: 4, idle_w: 100, peak_w: 400 }
        centers:
          - name: only
            pue: 1.0
            tariff: { flat_yuan_per_kwh: 0 }
            racks: { count: 1, servers_per_rack: 2, server: box }
        tenants:
          - group: all
            category: startup
            training:
              arrivals_per_hour: 1
              chips: [1]
              chip_hours: { fixed: 10 }
        policies:
          pricing: { name: fixed, yuan_per_chip_hour: 0 }
        """;

    /// <summary>
    /// A valid network scenario: three centers in three regions, west and north not linked. Chips: sh-1 2 x 4 x 8 = 64, gy-1 8 x 4 x 8 = 256,
    /// bj-1 4 x 4 x 8 = 128.
    /// </summary>
    public const string ThreeCenters = """
        name: network-test
        seed: 7
        duration: 30d
        hardware:
          servers:
            a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann }
            s8: { chip: h100, chips: 8, idle_w: 1000, peak_w: 6000 }
        centers:
          - name: sh-1
            region: east
            pue: 1.3
            tariff: { flat_yuan_per_kwh: 0.8 }
            carbon_kg_per_kwh: 0.58
            pricing: { name: fixed, yuan_per_chip_hour: 14 }
            racks: { count: 2, servers_per_rack: 4, server: s8 }
          - name: gy-1
            region: west
            pue: 1.15
            tariff: { flat_yuan_per_kwh: 0.35 }
            carbon_kg_per_kwh: 0.12
            pricing: { name: time-of-use, peak_yuan_per_chip_hour: 10, offpeak_yuan_per_chip_hour: 6 }
            racks: { count: 8, servers_per_rack: 4, server: a8 }
          - name: bj-1
            region: north
            pue: 1.25
            tariff: { flat_yuan_per_kwh: 0.6 }
            racks: { count: 4, servers_per_rack: 4, server: a8 }
        network:
          links:
            - { between: [east, west], gbps: 100, latency_ms: 30, yuan_per_gb: 0.05 }
            - { between: [north, east], gbps: 200, latency_ms: 12 }
        tenants:
          - group: labs
            count: 2
            category: research
            region: east
            training:
              arrivals_per_hour: 0.5
              chips: [8, 256]
              chip_hours: { lognormal: { mean: 200, sd: 400 } }
              input_gb: { lognormal: { mean: 500, sd: 800 } }
          - group: startups
            category: startup
            region: north
            training:
              arrivals_per_hour: 1
              chips: [1, 8]
              chip_hours: { fixed: 16 }
        policies:
          scheduling: fifo
          pricing: { name: fixed, yuan_per_chip_hour: 12 }
          broker: { name: weighted, yuan_per_kg_co2: 0.5 }
        """;

    /// <summary><paramref name="text"/> with <paramref name="from"/> replaced once; fails when it is not there.</summary>
    public static string With(this string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{from}' is not in the text");
        return text[..i] + to + text[(i + from.Length)..];
    }

    /// <summary>1-based line and column of the first <paramref name="needle"/> (after <paramref name="after"/>, when given).</summary>
    public static (int Line, int Column) PositionOf(string text, string needle, string? after = null)
    {
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{after}' is not in the text");
        var i = text.IndexOf(needle, start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{needle}' is not in the text");
        var line = 1 + text[..i].Count(c => c == '\n');
        var lineStart = i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
        var column = i - lineStart + 1;
        return (line, column);
    }

    /// <summary>The directory holding CenterSim.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CenterSim.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return dir!.FullName;
    }
}
