namespace CenterSim.Simulation.Market;

/// <summary>
/// Double-entry book of every yuan in a market run, in whole cents so it balances exactly. Tenant cash
/// and voucher wallets are kept per tenant as well as in total. Besides the balances it counts the
/// flows in all (issued, redeemed, cash revenue), keeps each job's bill in its cash and voucher parts
/// (<see cref="Bills"/>) and dates every other flow (<see cref="Journal"/>), so the metrics can take the
/// measurement window's; and each tenant's payments, so <see cref="Verify"/> can check the identities between them: a job
/// bought twice, a refund beyond what its job or tenant paid, or vouchers spent beyond those awarded show.
/// Clawed-back vouchers return to the treasury. A network market keeps one book for all its centers: each
/// center's provider balance and the vouchers spent there are kept apart, and data transfer fees go to the
/// carrier; <see cref="Verify"/> checks that the centers add up to the whole.
/// </summary>
public sealed class Ledger
{
    private readonly long[] _accounts = new long[Enum.GetValues<LedgerAccount>().Length];
    private readonly long[] _cash;
    private readonly long[] _wallet;
    private readonly long[] _paidCash;
    private readonly long[] _paidVoucher;
    private readonly long[] _issued;
    private readonly long[] _providerOf;
    private readonly long[] _revenueOf;
    private readonly long[] _voucherSpentAt;
    private readonly JobBills _bills = new();
    private readonly List<LedgerEntry> _journal = new();
    private readonly Func<double> _clock;

    /// <param name="clock">the simulated time now, which dates the flows that are not bills (none: all at 0)</param>
    public Ledger(int tenants, int centers = 1, Func<double>? clock = null)
    {
        _clock = clock ?? (() => 0);
        _providerOf = new long[centers];
        _revenueOf = new long[centers];
        _voucherSpentAt = new long[centers];
        _cash = new long[tenants];
        _wallet = new long[tenants];
        _paidCash = new long[tenants];
        _paidVoucher = new long[tenants];
        _issued = new long[tenants];
    }

    public long ClawedBackCents { get; private set; }

    /// <summary>What job <paramref name="job"/> has paid, net of refunds, in cents (0 for a job never bought).</summary>
    public long BillOf(long job) => _bills.ByJob.GetValueOrDefault(job).TotalCents;

    /// <summary>Every job's bill and transfer fee, net of refunds and settlements.</summary>
    public IReadOnlyDictionary<long, JobBill> Bills => _bills.ByJob;

    /// <summary>The dated flows that are not bills: awards, expiry, misuse, claw-backs, audits and charges not for a job.</summary>
    public IReadOnlyList<LedgerEntry> Journal => _journal;

    public long IssuedCents { get; private set; }

    public long RedeemedCents { get; private set; }

    public long CashRevenueCents { get; private set; }

    /// <summary>Inference services' token bills: all of them, and the part vouchers paid.</summary>
    public long ServingCents { get; private set; }

    public long ServingVoucherCents { get; private set; }

    /// <summary>Data transfer fees paid to the carrier: the cash part and the voucher part (network markets).</summary>
    public long TransferCashCents { get; private set; }

    public long TransferVoucherCents { get; private set; }

    /// <summary>A center's provider balance (the whole provider account with one center).</summary>
    public long ProviderOf(int center) => _providerOf[center];

    /// <summary>What a center's provider has been paid (cash and voucher), less refunds, in cents; its costs not deducted.</summary>
    public long RevenueOf(int center) => _revenueOf[center];

    /// <summary>Vouchers spent at a center: on its bills and on the fees for moving data to it.</summary>
    public long VoucherSpentAt(int center) => _voucherSpentAt[center];

    public long this[LedgerAccount account] => _accounts[(int)account];

    public long CashOf(int tenant) => _cash[tenant];

    public long WalletOf(int tenant) => _wallet[tenant];

    public static long ToCents(double yuan) => (long)Math.Round(yuan * 100, MidpointRounding.AwayFromZero);

    /// <summary>The tenant's own money arrives (budget of a period, or exactly what an unlimited tenant needs).</summary>
    public void Fund(int tenant, long cents)
    {
        Move(LedgerAccount.TenantIncome, LedgerAccount.TenantCash, cents);
        _cash[tenant] += cents;
    }

    public void Award(int tenant, long cents)
    {
        Move(LedgerAccount.Treasury, LedgerAccount.VoucherWallet, cents);
        _wallet[tenant] += cents;
        _issued[tenant] += cents;
        IssuedCents += cents;
        Log(MoneyFlow.Issued, cents);
    }

    /// <summary>A job is bought: its bill, booked once per job.</summary>
    public void Buy(int tenant, long job, long cashCents, long voucherCents, int center = 0)
    {
        Pay(tenant, cashCents, voucherCents, job, center);
        _bills.Bought(job);
    }

    /// <summary>A bill: the voucher part from the wallet, the rest from cash, both to the provider (of a center); for a job (≥ 0) or not (a period charge).</summary>
    public void Pay(int tenant, long cashCents, long voucherCents, long job = -1, int center = 0) =>
        Pay(tenant, cashCents, voucherCents, job, center, (MoneyFlow.ChargeCash, MoneyFlow.ChargeVoucher));

    /// <summary>An inference service's token bill: a charge to no job, dated as the services' own flow and counted apart.</summary>
    public void PayServing(int tenant, long cashCents, long voucherCents)
    {
        Pay(tenant, cashCents, voucherCents, -1, 0, (MoneyFlow.ServingCash, MoneyFlow.ServingVoucher));
        ServingCents += cashCents + voucherCents;
        ServingVoucherCents += voucherCents;
    }

    private void Pay(int tenant, long cashCents, long voucherCents, long job, int center, (MoneyFlow Cash, MoneyFlow Voucher) flows)
    {
        Spend(tenant, cashCents, voucherCents, LedgerAccount.Provider);
        CashRevenueCents += cashCents;
        RedeemedCents += voucherCents;
        _paidCash[tenant] += cashCents;
        _providerOf[center] += cashCents + voucherCents;
        _revenueOf[center] += cashCents + voucherCents;
        _voucherSpentAt[center] += voucherCents;
        Book(job, cashCents, voucherCents, flows);
    }

    /// <summary>A job's data transfer fee to the region of <paramref name="center"/>: the voucher part from the wallet, the rest from cash, both to the carrier.</summary>
    public void PayTransfer(int tenant, long cashCents, long voucherCents, int center, long job = -1)
    {
        Spend(tenant, cashCents, voucherCents, LedgerAccount.Carrier);
        TransferCashCents += cashCents;
        TransferVoucherCents += voucherCents;
        _voucherSpentAt[center] += voucherCents;
        _bills.BookTransfer(job, cashCents, voucherCents);
    }

    /// <summary>The voucher part from the tenant's wallet and the rest from its cash, both to <paramref name="to"/>.</summary>
    private void Spend(int tenant, long cashCents, long voucherCents, LedgerAccount to)
    {
        Require(_cash[tenant] >= cashCents && _wallet[tenant] >= voucherCents, "a tenant paid more than it had");
        Move(LedgerAccount.TenantCash, to, cashCents);
        _cash[tenant] -= cashCents;
        Move(LedgerAccount.VoucherWallet, to, voucherCents);
        _wallet[tenant] -= voucherCents;
        _paidVoucher[tenant] += voucherCents;
    }

    /// <summary>Part of a bill given back: cash to the tenant's cash, the voucher part to its wallet; never more than the tenant paid.</summary>
    public void Refund(int tenant, long cashCents, long voucherCents, long job = -1, int center = 0)
    {
        Require(cashCents <= _paidCash[tenant] && voucherCents <= _paidVoucher[tenant], "a refund larger than what the tenant paid");
        Move(LedgerAccount.Provider, LedgerAccount.TenantCash, cashCents);
        _cash[tenant] += cashCents;
        Move(LedgerAccount.Provider, LedgerAccount.VoucherWallet, voucherCents);
        _wallet[tenant] += voucherCents;
        CashRevenueCents -= cashCents;
        RedeemedCents -= voucherCents;
        _paidCash[tenant] -= cashCents;
        _paidVoucher[tenant] -= voucherCents;
        _providerOf[center] -= cashCents + voucherCents;
        _revenueOf[center] -= cashCents + voucherCents;
        _voucherSpentAt[center] -= voucherCents;
        Book(job, -cashCents, -voucherCents);
    }

    /// <summary>A bill's parts to its job, or (a charge not for a job) into the journal.</summary>
    private void Book(long job, long cashCents, long voucherCents, (MoneyFlow Cash, MoneyFlow Voucher)? flows = null)
    {
        _bills.Book(job, cashCents, voucherCents);
        if (job < 0)
        {
            var (cash, voucher) = flows ?? (MoneyFlow.ChargeCash, MoneyFlow.ChargeVoucher);
            Log(cash, cashCents);
            Log(voucher, voucherCents);
        }
    }

    private void Log(MoneyFlow flow, long cents)
    {
        if (cents != 0)
        {
            _journal.Add(new LedgerEntry(_clock(), flow, cents));
        }
    }

    /// <summary>Use it or lose it: the wallet's balance expires.</summary>
    public long Expire(int tenant)
    {
        var cents = _wallet[tenant];
        Move(LedgerAccount.VoucherWallet, LedgerAccount.Expired, cents);
        _wallet[tenant] = 0;
        Log(MoneyFlow.Expired, cents);
        return cents;
    }

    /// <summary>The whole wallet goes to resale or low-value work.</summary>
    public long Misuse(int tenant)
    {
        var cents = _wallet[tenant];
        Move(LedgerAccount.VoucherWallet, LedgerAccount.Misused, cents);
        _wallet[tenant] = 0;
        Log(MoneyFlow.Misused, cents);
        return cents;
    }

    /// <summary>Misused vouchers the audits recovered go back to the treasury.</summary>
    public void ClawBack(long cents)
    {
        Move(LedgerAccount.Misused, LedgerAccount.Treasury, cents);
        ClawedBackCents += cents;
        Log(MoneyFlow.ClawedBack, cents);
    }

    public void Audit(long cents)
    {
        Move(LedgerAccount.Treasury, LedgerAccount.AuditCost, cents);
        Log(MoneyFlow.AuditCost, cents);
    }

    /// <summary>The provider pays one of its costs (energy, capital, operations).</summary>
    public void ProviderPays(LedgerAccount cost, long cents, int center = 0)
    {
        Move(LedgerAccount.Provider, cost, cents);
        _providerOf[center] -= cents;
    }

    /// <summary>Every identity the book must satisfy; empty when it balances to the cent.</summary>
    public IReadOnlyList<string> Verify()
    {
        var problems = new List<string>();
        var sum = _accounts.Sum();
        if (sum != 0)
        {
            problems.Add($"accounts sum to {sum} cents, not 0");
        }
        if (_cash.Sum() != this[LedgerAccount.TenantCash])
        {
            problems.Add("tenants' cash does not add up to the cash account");
        }
        if (_wallet.Sum() != this[LedgerAccount.VoucherWallet])
        {
            problems.Add("tenants' wallets do not add up to the wallet account");
        }
        if (_cash.Any(c => c < 0) || _wallet.Any(w => w < 0))
        {
            problems.Add("a tenant's cash or wallet is negative");
        }
        if (IssuedCents != RedeemedCents + TransferVoucherCents + this[LedgerAccount.Expired] + this[LedgerAccount.Misused] + ClawedBackCents + this[LedgerAccount.VoucherWallet])
        {
            problems.Add("issued vouchers != redeemed + spent on transfers + expired + misused + clawed back + outstanding");
        }
        if (_providerOf.Sum() != this[LedgerAccount.Provider])
        {
            problems.Add("the centers' provider balances do not add up to the provider account");
        }
        if (_voucherSpentAt.Sum() != RedeemedCents + TransferVoucherCents)
        {
            problems.Add("vouchers spent at the centers do not add up to those redeemed and spent on transfers");
        }
        if (this[LedgerAccount.Carrier] != TransferCashCents + TransferVoucherCents)
        {
            problems.Add("carrier balance != transfer fees paid in cash and vouchers");
        }
        var costs = this[LedgerAccount.EnergySupplier] + this[LedgerAccount.CapitalAmortization] + this[LedgerAccount.Operations];
        if (this[LedgerAccount.Provider] != CashRevenueCents + RedeemedCents - costs)
        {
            problems.Add("provider balance != cash revenue + redeemed vouchers - costs");
        }
        if (-this[LedgerAccount.Treasury] != IssuedCents + this[LedgerAccount.AuditCost] - ClawedBackCents)
        {
            problems.Add("treasury outflow != vouchers issued + audit cost - clawed back");
        }
        AddBillProblems(problems);
        return problems;
    }

    /// <summary>Each job bought once and never refunded below zero; job bills and other charges add up to revenue; no tenant spent vouchers beyond its awards.</summary>
    private void AddBillProblems(List<string> problems)
    {
        _bills.AddProblems(problems, CashRevenueCents + RedeemedCents);
        if (ServingCents > _bills.OtherCents || ServingVoucherCents > ServingCents || ServingVoucherCents > RedeemedCents)
        {
            problems.Add("serving bills exceed the charges to no job, or vouchers paid more of them than they were or than was redeemed");
        }
        for (var t = 0; t < _issued.Length; t++)
        {
            if (_paidVoucher[t] > _issued[t])
            {
                problems.Add($"tenant {t} spent {_paidVoucher[t]} cents of vouchers but was awarded {_issued[t]}");
            }
        }
    }

    private void Move(LedgerAccount from, LedgerAccount to, long cents)
    {
        Require(cents >= 0, "a negative transfer");
        _accounts[(int)from] -= cents;
        _accounts[(int)to] += cents;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("ledger: " + message);
        }
    }
}
