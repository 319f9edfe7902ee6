namespace CenterSim.Simulation.Serving;

/// <summary>One request of a service, from arrival to its last token.</summary>
public sealed class ServingRequest(double arrival, int promptTokens, int outputTokens, bool measured)
{
    public double Arrival { get; } = arrival;

    public int PromptTokens { get; } = promptTokens;

    public int OutputTokens { get; } = outputTokens;

    /// <summary>Arrived inside the measurement window, so its outcome is counted.</summary>
    public bool Measured { get; } = measured;

    /// <summary>Output tokens made so far (the prefill makes the first).</summary>
    public int Generated { get; set; }

    public double FirstTokenTime { get; set; } = double.NaN;

    /// <summary>When a replica last took the request from the queue (its wait ends there).</summary>
    public double AdmittedTime { get; set; } = double.NaN;

    /// <summary>KV cache the request holds at the end: its prompt and all its output.</summary>
    public long ReservedTokens => (long)PromptTokens + OutputTokens;

    public long ContextTokens => (long)PromptTokens + Generated;
}
