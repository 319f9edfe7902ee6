namespace CenterSim.Simulation.Market;

/// <summary>
/// Double-entry book of every yuan in a market run, in whole cents so it balances exactly. Tenant cash
/// and voucher wallets are kept per tenant as well as in total. Besides the balances it counts the
/// flows the metrics report (issued, redeemed, cash revenue), so <see cref="Verify"/> can check the
/// identities between them.
/// </summary>
public sealed class Ledger
{
    private readonly long[] _accounts = new long[Enum.GetValues<LedgerAccount>().Length];
    private readonly long[] _cash;
    private readonly long[] _wallet;

    public Ledger(int tenants)
    {
        _cash = new long[tenants];
        _wallet = new long[tenants];
    }

    public long IssuedCents { get; private set; }

    public long RedeemedCents { get; private set; }

    public long CashRevenueCents { get; private set; }

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
        IssuedCents += cents;
    }

    /// <summary>A bill: the voucher part from the wallet, the rest from cash, both to the provider.</summary>
    public void Pay(int tenant, long cashCents, long voucherCents)
    {
        Require(_cash[tenant] >= cashCents && _wallet[tenant] >= voucherCents, "a tenant paid more than it had");
        Move(LedgerAccount.TenantCash, LedgerAccount.Provider, cashCents);
        _cash[tenant] -= cashCents;
        Move(LedgerAccount.VoucherWallet, LedgerAccount.Provider, voucherCents);
        _wallet[tenant] -= voucherCents;
        CashRevenueCents += cashCents;
        RedeemedCents += voucherCents;
    }

    /// <summary>Part of a bill given back: cash to the tenant's cash, the voucher part to its wallet.</summary>
    public void Refund(int tenant, long cashCents, long voucherCents)
    {
        Require(cashCents <= CashRevenueCents && voucherCents <= RedeemedCents, "a refund larger than what was paid");
        Move(LedgerAccount.Provider, LedgerAccount.TenantCash, cashCents);
        _cash[tenant] += cashCents;
        Move(LedgerAccount.Provider, LedgerAccount.VoucherWallet, voucherCents);
        _wallet[tenant] += voucherCents;
        CashRevenueCents -= cashCents;
        RedeemedCents -= voucherCents;
    }

    /// <summary>Use it or lose it: the wallet's balance expires.</summary>
    public long Expire(int tenant)
    {
        var cents = _wallet[tenant];
        Move(LedgerAccount.VoucherWallet, LedgerAccount.Expired, cents);
        _wallet[tenant] = 0;
        return cents;
    }

    /// <summary>The whole wallet goes to resale or low-value work.</summary>
    public long Misuse(int tenant)
    {
        var cents = _wallet[tenant];
        Move(LedgerAccount.VoucherWallet, LedgerAccount.Misused, cents);
        _wallet[tenant] = 0;
        return cents;
    }

    public void ClawBack(long cents) => Move(LedgerAccount.Misused, LedgerAccount.ClawedBack, cents);

    public void Audit(long cents) => Move(LedgerAccount.Treasury, LedgerAccount.AuditCost, cents);

    /// <summary>The provider pays one of its costs (energy, capital, operations).</summary>
    public void ProviderPays(LedgerAccount cost, long cents) => Move(LedgerAccount.Provider, cost, cents);

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
        if (IssuedCents != RedeemedCents + this[LedgerAccount.Expired] + this[LedgerAccount.Misused] + this[LedgerAccount.ClawedBack] + this[LedgerAccount.VoucherWallet])
        {
            problems.Add("issued vouchers != redeemed + expired + misused + clawed back + outstanding");
        }
        var costs = this[LedgerAccount.EnergySupplier] + this[LedgerAccount.CapitalAmortization] + this[LedgerAccount.Operations];
        if (this[LedgerAccount.Provider] != CashRevenueCents + RedeemedCents - costs)
        {
            problems.Add("provider balance != cash revenue + redeemed vouchers - costs");
        }
        if (-this[LedgerAccount.Treasury] != IssuedCents + this[LedgerAccount.AuditCost])
        {
            problems.Add("treasury outflow != vouchers issued + audit cost");
        }
        return problems;
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
