namespace CenterSim.Policies.Placement;

/// <summary>A number of chips on one server (by the server's index in the center).</summary>
public readonly record struct ChipGrant(int Server, int Chips);
