using System.Globalization;
using CenterSim.Cluster;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Experiments;

namespace CenterSim.Cli.Studies;

/// <summary>
/// Runs a study's configurations on a cluster: each node loads the same file with the configuration's
/// dotted-path settings (plus seed and replications), so it builds the very spec run here.
/// </summary>
public static class ClusterStudyExecutor
{
    public static IReadOnlyList<ArmResult> Run(StudySpec study, string file, string cluster, Action<int> report, bool verbose = false)
    {
        if (study.Precision is not null)
        {
            throw new BadInputException($"{study.Precision.Where}: 'precision' (adding replications until an interval is narrow) is not supported with --cluster; give a fixed number of replications");
        }
        var results = new List<ArmResult>();
        var done = 0;
        foreach (var arm in study.Arms)
        {
            var overrides = arm.Settings.ToList();
            overrides.Add(KeyValuePair.Create("seed", arm.Spec.Seed.ToString(CultureInfo.InvariantCulture)));
            overrides.Add(KeyValuePair.Create("replications", arm.Spec.Replications.ToString(CultureInfo.InvariantCulture)));
            var offset = done;
            try
            {
                var runs = ClusterStudyRunner.Run(file, overrides, arm.Spec, cluster, n => report(offset + n), line => Console.Error.WriteLine($"cluster: {line}"), verbose);
                results.Add(new ArmResult(arm, runs));
            }
            catch (ClusterUnavailableException e)
            {
                throw new InfrastructureException(e.Message);
            }
            done += arm.Spec.Replications;
        }
        return results;
    }
}
