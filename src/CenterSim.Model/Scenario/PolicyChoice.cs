namespace CenterSim.Model.Scenario;

/// <summary>A policy picked by name, with its numeric parameters (already checked against the policy's schema).</summary>
public sealed record PolicyChoice(string Name, IReadOnlyDictionary<string, double> Parameters)
{
    public static PolicyChoice Named(string name) => new(name, new Dictionary<string, double>());

    public double Get(string key, double fallback) => Parameters.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>A parameter that has no default (a price): validation guarantees it, so its absence is a bug, never a silent 0.</summary>
    public double Required(string key) => Parameters.TryGetValue(key, out var v)
        ? v
        : throw new InvalidOperationException($"policy '{Name}' was built without its required parameter '{key}'");
}
