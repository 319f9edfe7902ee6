namespace CenterSim.Model.Results;

/// <summary>Why a job never ran: the reason column of jobs.csv for rejected and abandoned jobs.</summary>
public enum RefusalReason
{
    /// <summary>It ran, or is still open.</summary>
    None,

    /// <summary>The price out of pocket was above what the job was worth to its tenant, and no cheaper price came within its patience.</summary>
    Price,

    /// <summary>The tenant's cash (and vouchers) could not pay for it, nor for a large enough part of it.</summary>
    Budget,

    /// <summary>The tenant waited for a cheaper price and then gave up: its patience ran out.</summary>
    Patience,

    /// <summary>No pool runs the tenant's software ecosystem, and it does not port.</summary>
    Ecosystem,

    /// <summary>No center the job's data can reach is large enough for it (network runs).</summary>
    Size,
}
