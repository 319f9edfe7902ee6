namespace CenterSim.Model.Results;

public enum JobStatus
{
    Completed,
    Rejected,
    Unfinished,
}
