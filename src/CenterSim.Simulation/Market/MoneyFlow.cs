namespace CenterSim.Simulation.Market;

/// <summary>The flows of money the book dates (<see cref="LedgerEntry"/>), as against bills, which follow their job.</summary>
public enum MoneyFlow
{
    /// <summary>Vouchers awarded to a tenant.</summary>
    Issued,

    /// <summary>A wallet's balance lost at a period's end (use it or lose it).</summary>
    Expired,

    Misused,
    ClawedBack,
    AuditCost,

    /// <summary>A charge not for a job (reserved chips, each period): its cash part and its voucher part.</summary>
    ChargeCash,
    ChargeVoucher,

    /// <summary>An inference service's token bill for the hour (or part of it) that ends when it is booked: cash and voucher parts.</summary>
    ServingCash,
    ServingVoucher,
}
