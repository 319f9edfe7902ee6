namespace CenterSim.Simulation.Market;

/// <summary>
/// The book's bills by job: what each job paid net of refunds and settlements (cash and voucher parts of
/// its bill and of its transfer fee), how many times each was bought, and the charges not for a job in all.
/// </summary>
public sealed class JobBills
{
    private readonly Dictionary<long, JobBill> _bills = new();
    private readonly Dictionary<long, int> _purchases = new();
    private long _otherCents;

    /// <summary>Charges not for a job (reserved chips, services' token bills), net.</summary>
    public long OtherCents => _otherCents;

    public IReadOnlyDictionary<long, JobBill> ByJob => _bills;

    public void Bought(long job) => _purchases[job] = _purchases.GetValueOrDefault(job) + 1;

    /// <summary>Part of a bill paid (or, negative, given back): for a job (≥ 0) or not (a period charge).</summary>
    public void Book(long job, long cashCents, long voucherCents)
    {
        if (job < 0)
        {
            _otherCents += cashCents + voucherCents;
            return;
        }
        _bills[job] = _bills.GetValueOrDefault(job) + new JobBill(cashCents, voucherCents);
    }

    public void BookTransfer(long job, long cashCents, long voucherCents)
    {
        if (job >= 0)
        {
            _bills[job] = _bills.GetValueOrDefault(job) + new JobBill(0, 0, cashCents, voucherCents);
        }
    }

    /// <summary>Each job bought once and never refunded below zero; job bills and other charges add up to <paramref name="revenueCents"/>.</summary>
    public void AddProblems(List<string> problems, long revenueCents)
    {
        foreach (var (job, count) in _purchases)
        {
            if (count > 1)
            {
                problems.Add($"job {job} was bought {count} times");
            }
        }
        foreach (var (job, bill) in _bills)
        {
            if (bill.TotalCents < 0)
            {
                problems.Add($"job {job} was refunded {-bill.TotalCents} cents more than it paid");
            }
        }
        if (_bills.Values.Sum(b => b.TotalCents) + _otherCents != revenueCents)
        {
            problems.Add("job bills and other charges do not add up to the revenue");
        }
    }
}
