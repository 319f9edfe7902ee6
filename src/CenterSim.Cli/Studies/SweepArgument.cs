using CenterSim.Scenarios.Experiments;

namespace CenterSim.Cli.Studies;

/// <summary>Parses <c>--set KEY=V1,V2,...</c>; commas inside [..] or {..} belong to one flow value.</summary>
public static class SweepArgument
{
    public static IReadOnlyList<SweepAxis> Parse(IReadOnlyList<string> arguments)
    {
        var axes = new List<SweepAxis>();
        var errors = new List<string>();
        foreach (var argument in arguments)
        {
            var eq = argument.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == argument.Length - 1)
            {
                errors.Add($"--set '{argument}': expected KEY=V1,V2,... such as centers.0.pue=1.2,1.4");
                continue;
            }
            var key = argument[..eq];
            var values = Split(argument[(eq + 1)..]);
            if (values.Any(v => v.Length == 0))
            {
                errors.Add($"--set '{argument}': a value is empty");
                continue;
            }
            if (axes.Any(a => a.Key == key))
            {
                errors.Add($"--set '{argument}': key '{key}' is given twice");
                continue;
            }
            axes.Add(new SweepAxis(key, values.Select(v => new ArmSetting(key, v, null)).ToList()));
        }
        if (errors.Count > 0)
        {
            throw new BadInputException(errors);
        }
        return axes;
    }

    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '[' or '{' => 1, ']' or '}' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }
}
