namespace CenterSim.Model.Network;

/// <summary>
/// Max-min fair bandwidth sharing by progressive filling: every flow's rate grows at the same pace
/// until a link on its path is full; flows through a full link stop growing, the others go on. The
/// result is the allocation where no flow can get more without taking from a flow that has no more.
/// Pure: capacities and paths in, rates out, no state.
/// </summary>
public static class MaxMinFairShare
{
    // A link counts as full when less than this share of its capacity is left; it absorbs the
    // rounding of the repeated subtractions so a full link is never filled "a little more".
    private const double FullTolerance = 1e-12;

    /// <summary>
    /// Rates of <paramref name="paths"/> (each a list of link indices into <paramref name="capacities"/>,
    /// in the same unit as the capacities). A flow with an empty path crosses no shared link and gets
    /// <see cref="double.PositiveInfinity"/>. A link listed twice on one path counts once.
    /// </summary>
    public static double[] Rates(IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<int>> paths) =>
        Rates(capacities, paths, null);

    /// <summary>
    /// Rates per path when path <c>f</c> carries <c>counts[f]</c> identical flows (each gets the rate
    /// returned for its path): the same allocation as listing every flow on its own, at a cost that
    /// depends on the number of distinct paths, not of flows. <paramref name="counts"/> null means one flow each.
    /// </summary>
    public static double[] Rates(IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<int>> paths, IReadOnlyList<int>? counts)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(paths);
        if (counts is not null && (counts.Count != paths.Count || counts.Any(c => c < 1)))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), "expected one count of at least 1 per path");
        }
        int Count(int f) => counts is null ? 1 : counts[f];
        var links = capacities.Count;
        for (var l = 0; l < links; l++)
        {
            if (!(capacities[l] >= 0) || double.IsPositiveInfinity(capacities[l]))
            {
                throw new ArgumentOutOfRangeException(nameof(capacities), $"link {l} has capacity {capacities[l]}; expected a finite number >= 0");
            }
        }

        var flowLinks = new int[paths.Count][];
        var active = new int[links];
        for (var f = 0; f < paths.Count; f++)
        {
            var distinct = paths[f].Distinct().ToArray();
            foreach (var l in distinct)
            {
                if (l < 0 || l >= links)
                {
                    throw new ArgumentOutOfRangeException(nameof(paths), $"flow {f} uses link {l}; there are {links} links");
                }
                active[l] += Count(f);
            }
            flowLinks[f] = distinct;
        }

        var rates = new double[paths.Count];
        var frozen = new bool[paths.Count];
        var left = capacities.ToArray();
        var unfrozen = paths.Count;
        for (var f = 0; f < paths.Count; f++)
        {
            if (flowLinks[f].Length == 0)
            {
                rates[f] = double.PositiveInfinity;
                frozen[f] = true;
                unfrozen--;
            }
        }

        while (unfrozen > 0)
        {
            // The next link to fill is the one whose remaining capacity per growing flow is smallest.
            var step = double.PositiveInfinity;
            for (var l = 0; l < links; l++)
            {
                if (active[l] > 0)
                {
                    step = Math.Min(step, left[l] / active[l]);
                }
            }
            for (var f = 0; f < rates.Length; f++)
            {
                if (!frozen[f])
                {
                    rates[f] += step;
                }
            }
            var full = new bool[links];
            for (var l = 0; l < links; l++)
            {
                if (active[l] > 0)
                {
                    left[l] -= step * active[l];
                    full[l] = left[l] <= FullTolerance * Math.Max(1.0, capacities[l]);
                }
            }
            for (var f = 0; f < rates.Length; f++)
            {
                if (frozen[f] || !flowLinks[f].Any(l => full[l]))
                {
                    continue;
                }
                frozen[f] = true;
                unfrozen--;
                foreach (var l in flowLinks[f])
                {
                    active[l] -= Count(f);
                }
            }
        }
        return rates;
    }
}
