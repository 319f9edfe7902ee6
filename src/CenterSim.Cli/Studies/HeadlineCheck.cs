using CenterSim.Model.Experiments;
using CenterSim.Reporting.Report;

namespace CenterSim.Cli.Studies;

/// <summary>A study's <c>headline</c> names metrics of the glossary (the loader cannot know them): one message per unknown name, at its place.</summary>
public static class HeadlineCheck
{
    public static IReadOnlyList<string> Problems(StudySpec study) =>
        (study.Headline ?? []).Where(h => MetricGlossary.Entry(h.Metric) is null)
            .Select(h => $"{h.Where}: 'headline': no metric is called '{h.Metric}' (`centersim list metrics` lists them)").ToList();
}
