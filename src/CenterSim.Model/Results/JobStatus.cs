namespace CenterSim.Model.Results;

public enum JobStatus
{
    Completed,
    Rejected,
    Unfinished,

    /// <summary>The tenant gave the job up: too dear, no usable ecosystem, or no cash.</summary>
    Abandoned,
}
