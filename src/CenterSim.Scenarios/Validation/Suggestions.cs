namespace CenterSim.Scenarios.Validation;

/// <summary>"Did you mean" hints: the closest valid name within two edits or sharing a prefix, else the full list.</summary>
public static class Suggestions
{
    public const int MaxDistance = 2;

    /// <summary>The closest candidate, or null when none is close (edit distance over 2 and no prefix match).</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(given.ToLowerInvariant(), c.ToLowerInvariant());
            var prefix = given.Length > 0 && (c.StartsWith(given, StringComparison.OrdinalIgnoreCase) || given.StartsWith(c, StringComparison.OrdinalIgnoreCase));
            if ((d <= MaxDistance || prefix) && d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>"; did you mean 'x'?" when a candidate is close, else "; valid: a, b, c".</summary>
    public static string Hint(string given, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(given, candidates);
        return closest is not null ? $"; did you mean '{closest}'?" : $"; valid: {string.Join(", ", candidates)}";
    }

    /// <summary>For names from a fixed set (policies, categories): "; did you mean 'x'? (valid: a, b)" or "; valid: a, b".</summary>
    public static string HintWithList(string given, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(given, candidates);
        var list = string.Join(", ", candidates);
        return closest is not null ? $"; did you mean '{closest}'? (valid: {list})" : $"; valid: {list}";
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
