namespace CenterSim.Policies.Registry;

/// <summary>What a scenario validator needs to know about one kind of policy, without making any.</summary>
public interface IPolicyCatalog
{
    string Kind { get; }

    IReadOnlyList<string> Names { get; }

    /// <summary>What a policy does, in one line, or null when no policy has that name.</summary>
    string? DescriptionOf(string name);

    /// <summary>The parameters of a policy, or null when no policy has that name.</summary>
    IReadOnlyList<ParameterSpec>? ParametersOf(string name);
}
