namespace CenterSim.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int InternalFailure = 1;
    public const int BadInput = 2;

    /// <summary>The machinery the study needs failed: the cluster could not be reached, or was lost and did not come back.</summary>
    public const int InfrastructureFailure = 3;
}
