namespace CenterSim.Policies.Serving;

/// <summary>What a service's requests pay, by their tokens: the hook the service bills through when a request is served.</summary>
public interface ITokenPricingPolicy
{
    /// <summary>The bill of a served request with these tokens, yuan, at <paramref name="now"/>.</summary>
    double RequestYuan(double now, int promptTokens, int outputTokens);
}
