using CenterSim.Reporting.Report;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Cli;

/// <summary>Metric names given on the command line, checked against the glossary with a did-you-mean for each unknown one.</summary>
public static class MetricNames
{
    public static IReadOnlyList<string>? Parse(string option, string? list)
    {
        if (list is null)
        {
            return null;
        }
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var known = MetricEntries.Known.Keys.ToList();
        var unknown = names.Where(n => MetricGlossary.Entry(n) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new BadInputException(unknown.Select(n => $"centersim: {option}: unknown metric '{n}'{(Suggestions.Closest(n, known) is { } close ? $"; did you mean '{close}'?" : "")} (see `centersim list metrics`)").ToList());
        }
        return names;
    }

    /// <summary>A precision rule's metric must be one the runs report: checked before any run, with a did-you-mean.</summary>
    public static void CheckPrecision(Model.Experiments.PrecisionSpec? rule)
    {
        if (rule is null || MetricGlossary.Entry(rule.Metric) is not null)
        {
            return;
        }
        var close = Suggestions.Closest(rule.Metric, MetricEntries.Known.Keys.ToList());
        throw new BadInputException($"{rule.Where}: 'precision.metric': unknown metric '{rule.Metric}'{(close is null ? "" : $"; did you mean '{close}'?")} (see `centersim list metrics`)");
    }
}
