using System.Globalization;
using CenterSim.Simulation.Events;

namespace CenterSim.Classroom;

/// <summary>
/// Plain-words lines for the notable events of a run, made only from the figures the simulation decided
/// on (the quoted price, the job's value, cash, the cap): giving up, buying with vouchers, throttling,
/// failures, voucher awards, price changes and the daily profit. Other events get no line (null).
/// </summary>
public static class Narrator
{
    public static Narration? Line(SimEvent e)
    {
        var who = e.Tenant ?? "";
        switch (e.Kind)
        {
            case "abandoned" when e.Reason == "price_above_value":
                var after = e.OutOfPocket is { } o && e.Price is { } p && Math.Abs(o - p) > 0.005 ? $" ({Y(o)} after vouchers and porting)" : "";
                var afterZh = e.OutOfPocket is { } oz && e.Price is { } pz && Math.Abs(oz - pz) > 0.005 ? $"（券和迁移成本后 {Y(oz)} 元）" : "";
                return new($"{who} gave up: the price, {Y(e.Price)} yuan per chip-hour{after}, is above what its job is worth to it, {Y(e.Value)}",
                    $"{who} 放弃了：价格每卡时 {Y(e.Price)} 元{afterZh}，高于这项任务对它的价值 {Y(e.Value)} 元");
            case "abandoned" when e.Reason == "budget":
                return new($"{who} gave up: its cash, {Y(e.CashYuan)} yuan, does not pay for {Y(e.ChipHours)} chip-hours at {Y(e.Price)} yuan",
                    $"{who} 放弃了：现金 {Y(e.CashYuan)} 元，付不起每卡时 {Y(e.Price)} 元的 {Y(e.ChipHours)} 卡时");
            case "abandoned":
                return new($"{who} gave up: no pool of this center runs its software", $"{who} 放弃了：这个中心没有能运行它的软件的资源池");
            case "rejected":
                return new($"{who} was turned away: its cash does not cover the bill", $"{who} 被拒绝：现金不够付账");
            case "bought" when e.VoucherYuan > 0:
                return new($"{who} bought {Y(e.ChipHours)} chip-hours: {Y(e.CashYuan)} yuan cash + {Y(e.VoucherYuan)} yuan of vouchers",
                    $"{who} 购买了 {Y(e.ChipHours)} 卡时：现金 {Y(e.CashYuan)} 元 + 算力券 {Y(e.VoucherYuan)} 元");
            case "throttle" when e.Speed < 1:
                return new($"rack {e.Rack + 1} throttled to {Pct(e.Speed)}: the cap is {Y(e.CapKw)} kW", $"{e.Rack + 1} 号机柜降频到 {Pct(e.Speed)}：功率上限 {Y(e.CapKw)} 千瓦");
            case "throttle":
                return new($"rack {e.Rack + 1} back to full speed", $"{e.Rack + 1} 号机柜恢复全速");
            case "failed":
                return new($"server {e.Server + 1} failed: its jobs lose work since their last checkpoint; repair takes {Y(e.Hours)} h",
                    $"{e.Server + 1} 号服务器故障：任务丢失上次检查点后的进度，修复需 {Y(e.Hours)} 小时");
            case "preempted":
                return new($"{who}'s job was preempted: its chips went to a higher-priority job", $"{who} 的任务被抢占：芯片让给了优先级更高的任务");
            case "voucher_award":
                return new($"{who} received {Y(e.VoucherYuan)} yuan of compute vouchers", $"{who} 获得算力券 {Y(e.VoucherYuan)} 元");
            case "routed" when e.Reason == "moved":
                return new($"{who}'s job went to {e.To} over the wide-area network: moving its data costs {Y(e.TransferYuan)} yuan",
                    $"{who} 的任务经广域网送往 {e.To}：搬运数据花费 {Y(e.TransferYuan)} 元");
            case "price":
                return new($"the price is now {Y(e.Price)} yuan per chip-hour", $"现在的价格：每卡时 {Y(e.Price)} 元");
            case "money" when e.Money is { ProfitYuan: not null } m && e.T % 86400 == 0:
                var day = (int)(e.T / 86400);
                return m.ProfitYuan >= 0
                    ? new($"day {day}: profit {Y(m.ProfitYuan)} yuan, above break-even", $"第 {day} 天：利润 {Y(m.ProfitYuan)} 元，高于盈亏平衡")
                    : new($"day {day}: loss {Y(-m.ProfitYuan)} yuan: revenue {Y(m.RevenueYuan)} does not cover the chips, operations and electricity",
                        $"第 {day} 天：亏损 {Y(-m.ProfitYuan)} 元：收入 {Y(m.RevenueYuan)} 元抵不上芯片折旧、运维和电费");
            default:
                return null;
        }
    }

    private static string Y(double? v) => v is { } x ? (Math.Abs(x) >= 100 ? x.ToString("N0", CultureInfo.InvariantCulture) : x.ToString("0.#", CultureInfo.InvariantCulture)) : "?";

    private static string Pct(double? v) => ((v ?? 1) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
