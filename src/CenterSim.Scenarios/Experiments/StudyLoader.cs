using CenterSim.Model.Experiments;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// Reads a scenario file as a study. The base scenario is read as <see cref="ScenarioLoader"/> reads it;
/// each variant or sweep point is the same file with its settings applied as overrides, so a setting is
/// validated exactly like a value in the file. A problem caused by a setting is reported at the
/// setting's own line and column in the file (or, for a command-line value, at the key it replaces).
/// </summary>
public static class StudyLoader
{
    /// <summary>
    /// <paramref name="kind"/> <see cref="StudyKind.Variants"/> reads <c>variants:</c> (none gives a
    /// single-arm study); <see cref="StudyKind.Sweep"/> uses <paramref name="commandLineSweep"/> when it
    /// has axes, otherwise the file's <c>sweep:</c>.
    /// </summary>
    public static StudyLoadResult LoadFile(string path, StudyKind kind, IReadOnlyList<SweepAxis>? commandLineSweep = null, IReadOnlyList<ArmPlan>? commandLineArms = null)
    {
        var text = ScenarioFile.Read(path, out var problem);
        return text is null ? new StudyLoadResult(null, [problem!]) : Parse(text, path, kind, commandLineSweep, commandLineArms);
    }

    /// <summary>
    /// <paramref name="commandLineArms"/>, when given, replaces the file's variants: every arm in order, the
    /// first the reference (used by `compare` and `compare-vouchers`, which are studies built on the command line).
    /// </summary>
    public static StudyLoadResult Parse(string text, string path, StudyKind kind, IReadOnlyList<SweepAxis>? commandLineSweep = null, IReadOnlyList<ArmPlan>? commandLineArms = null)
    {
        var baseResult = ScenarioLoader.Parse(text, path);
        var root = YamlTreeReader.Read(text, path, new List<Diagnostic>()) as MappingNode;
        if (root is null)
        {
            return new StudyLoadResult(null, baseResult.Errors);
        }

        var r = new NodeReader(path);
        var precision = StudySection.ReadPrecision(root, r, baseResult.Spec?.Replications ?? ReplicationsOrNull(root));
        var headline = StudySection.ReadHeadline(root, r);
        IReadOnlyList<ArmPlan> plans;
        IReadOnlyList<string> keys = [];
        var actual = kind;
        Node sizeAt = NodeReader.Optional(root, "replications") ?? root;
        if (kind == StudyKind.Sweep)
        {
            var axes = commandLineSweep is { Count: > 0 } ? commandLineSweep : StudySection.ReadSweep(root, r);
            if (axes.Count == 0 && !r.HasErrors)
            {
                r.Error(root, "nothing to sweep: give '--set KEY=V1,V2' or a 'sweep:' section (dotted.path: [values])");
            }
            keys = axes.Select(a => a.Key).ToList();
            var points = axes.Aggregate(1.0, (n, a) => n * a.Values.Count);
            sizeAt = NodeReader.Optional(root, "sweep") ?? root;
            if (points > StudyLimits.MaxArms)
            {
                r.Error(sizeAt, $"the sweep has {Count.Of(points)} points ({string.Join(" x ", axes.Select(a => a.Values.Count))}), more than the {Count.Of(StudyLimits.MaxArms)} configurations a study may have");
                plans = [];
            }
            else
            {
                plans = Unique(StudySection.SweepPoints(axes));
            }
        }
        else if (commandLineArms is { Count: > 0 })
        {
            actual = StudyKind.Variants;
            plans = commandLineArms;
        }
        else
        {
            var variants = StudySection.ReadVariants(root, r);
            actual = variants.Count == 0 ? StudyKind.Single : StudyKind.Variants;
            sizeAt = variants.Count == 0 ? sizeAt : root["variants"]!;
            if (variants.Count + 1 > StudyLimits.MaxArms)
            {
                r.Error(sizeAt, $"the study has {Count.Of(variants.Count + 1)} configurations (the base and {Count.Of(variants.Count)} variants), more than the {Count.Of(StudyLimits.MaxArms)} a study may have");
                variants = [];
            }
            plans = [new ArmPlan(StudySection.BaselineName, []), .. variants];
        }

        var errors = new List<Diagnostic>(baseResult.Errors);
        errors.AddRange(r.Diagnostics);
        // Every arm is checked even when the base has problems, so all problems come at once; an arm's
        // copy of a problem the base already has is left out, so nothing is said twice.
        var fromBase = baseResult.Errors.ToHashSet();
        var arms = new List<StudyArm>();
        foreach (var plan in plans)
        {
            if (plan.Settings.Count == 0)
            {
                if (baseResult.Spec is { } baseSpec)
                {
                    arms.Add(new StudyArm(plan.Name, baseSpec, []));
                }
                continue;
            }
            var overrides = plan.Settings.Select(s => KeyValuePair.Create(s.Path, s.Value)).ToList();
            var armResult = ScenarioLoader.Parse(text, path, overrides);
            errors.AddRange(armResult.Errors.Where(d => !fromBase.Contains(d)).Select(d => Relocate(d, plan, kind)));
            if (armResult.Spec is { } spec)
            {
                arms.Add(new StudyArm(plan.Name, spec, overrides) { ValueNames = plan.Settings.Select(s => s.Label).ToList() });
            }
        }
        if (errors.Count > 0 || baseResult.Spec is null || plans.Count == 0)
        {
            return Failed(errors);
        }
        var study = new StudySpec(baseResult.Spec.Name, actual, arms, keys, precision) { Headline = headline };
        return StudyLimits.Check(study, sizeAt, r) ? new StudyLoadResult(study, []) { Warnings = baseResult.Warnings } : Failed([.. r.Diagnostics]);
    }

    /// <summary>Moves a problem caused by a setting to where the setting is written, and says which arm it belongs to.</summary>
    private static Diagnostic Relocate(Diagnostic d, ArmPlan plan, StudyKind kind)
    {
        var arm = kind == StudyKind.Sweep ? $"sweep point '{plan.Name}'" : $"variant '{plan.Name}'";
        foreach (var s in plan.Settings)
        {
            var marker = $"(set by override '{s.Path}={s.Value}')";
            var origin = $"override '{s.Path}={s.Value}'";
            if (d.Message.Contains(origin, StringComparison.Ordinal))
            {
                var message = d.Message.Replace(marker, $"(set by {arm})", StringComparison.Ordinal)
                    .Replace($"{origin}: ", $"{arm}, '{s.Path}': ", StringComparison.Ordinal);
                return s.At is null ? d with { Message = message } : new Diagnostic(d.File, s.At.Line, s.At.Column, message);
            }
        }
        return d with { Message = $"{d.Message} (in {arm})" };
    }

    private static IReadOnlyList<ArmPlan> Unique(IReadOnlyList<ArmPlan> plans)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return plans.Select(p =>
        {
            var name = p.Name;
            for (var i = 2; !seen.Add(name); i++)
            {
                name = $"{p.Name}-{i}";
            }
            return p with { Name = name };
        }).ToList();
    }

    private static int? ReplicationsOrNull(MappingNode root) =>
        root["replications"] is ScalarNode s && int.TryParse(s.Value, out var n) ? n : 1;

    private static StudyLoadResult Failed(List<Diagnostic> errors) =>
        new(null, errors.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList());
}
