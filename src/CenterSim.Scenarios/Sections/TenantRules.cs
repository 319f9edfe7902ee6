namespace CenterSim.Scenarios.Sections;

/// <summary>
/// What the centers allow of a tenant group: the largest job (the chips of the largest center, when known)
/// and, in a network scenario, the regions a group may sit in.
/// </summary>
/// <param name="MaxChips">chips of the largest center; null when unknown (a center has a mistake)</param>
/// <param name="Several">true when the scenario lists more than one center</param>
/// <param name="Regions">the centers' distinct regions ("" for a center without one); null when unknown</param>
public sealed record TenantRules(int? MaxChips, bool Several, IReadOnlyList<string>? Regions);
