namespace CenterSim.Model.Serving;

/// <summary>Service-level objectives: time to first token and time per output token, each met at <see cref="Percentile"/> (e.g. 99).</summary>
public sealed record SloSpec(double TtftSeconds, double TpotSeconds, double Percentile);
