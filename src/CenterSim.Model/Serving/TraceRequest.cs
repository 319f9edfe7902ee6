namespace CenterSim.Model.Serving;

/// <summary>One request of an inference trace: seconds after the trace's first request, prompt and output tokens.</summary>
public readonly record struct TraceRequest(double Seconds, int PromptTokens, int OutputTokens);
