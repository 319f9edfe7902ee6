namespace CenterSim.Model.Serving;

/// <summary>A model served: its parameters, the bytes each is stored in, and the KV cache each token of context keeps.</summary>
public sealed record ServedModelSpec(double ParametersBillions, double BytesPerParameter, double KvBytesPerToken)
{
    public double Parameters => ParametersBillions * 1e9;

    public double WeightBytes => Parameters * BytesPerParameter;
}
