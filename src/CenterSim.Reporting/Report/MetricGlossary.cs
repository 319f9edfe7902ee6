namespace CenterSim.Reporting.Report;

/// <summary>
/// Plain-language names and explanations of metrics for people who are not specialists. Metrics are
/// discovered by name, so a metric added elsewhere appears in every table even before it is listed
/// here; names under a known prefix (<c>chip_hours_by_category.</c>, <c>voucher_</c>) get the prefix's text,
/// and a network run's per-center and per-link names (<c>west.utilization</c>) the text of the metric after the dot.
/// </summary>
public static class MetricGlossary
{
    private static readonly Dictionary<string, (string En, string Zh, string EnText, string ZhText)> Known = new(StringComparer.Ordinal)
    {
        ["utilization"] = ("Utilization", "利用率", "Share of the chips' time that was rented out: allocated chip-hours divided by available chip-hours (0 to 1).", "芯片时间中被租用的比例：已分配卡时 ÷ 可用卡时（0 到 1）。"),
        ["mean_wait_hours"] = ("Mean wait (h)", "平均等待（小时）", "Average time a job waited in the queue between submission and start.", "作业从提交到开始运行在队列中平均等待的时间。"),
        ["p95_wait_hours"] = ("95th percentile wait (h)", "95 分位等待（小时）", "19 of 20 jobs waited less than this.", "95% 的作业等待时间低于此值。"),
        ["mean_jct_hours"] = ("Mean completion time (h)", "平均完成时间（小时）", "Average time from submission to the end of a completed job (waiting plus running).", "已完成作业从提交到结束的平均时间（等待加运行）。"),
        ["jobs_submitted"] = ("Jobs submitted", "提交作业数", "Jobs that arrived in the measurement window.", "测量窗口内到达的作业数。"),
        ["jobs_completed"] = ("Jobs completed", "完成作业数", "Measured jobs that finished.", "已完成的被测作业数。"),
        ["jobs_rejected"] = ("Jobs rejected", "被拒作业数", "Jobs refused because the tenant could not pay.", "因租户无力支付而被拒绝的作业数。"),
        ["jobs_unfinished"] = ("Jobs unfinished", "未完成作业数", "Jobs still waiting or running when the simulation stopped.", "模拟结束时仍在排队或运行的作业数。"),
        ["it_energy_kwh"] = ("IT energy (kWh)", "IT 能耗（千瓦时）", "Electricity used by the servers.", "服务器消耗的电能。"),
        ["facility_energy_kwh"] = ("Facility energy (kWh)", "设施总能耗（千瓦时）", "Electricity of the whole building: IT energy times PUE (cooling and losses included).", "整个机房的电能：IT 能耗 × PUE（含制冷和损耗）。"),
        ["energy_cost_yuan"] = ("Energy cost (yuan)", "电费（元）", "What the facility's electricity cost at the tariff.", "按电价计算的机房电费。"),
        ["revenue_yuan"] = ("Revenue (yuan)", "收入（元）", "What measured jobs paid for their chip-hours.", "被测作业为所用卡时支付的金额。"),
        ["mean_queue_length"] = ("Mean queue length", "平均队列长度", "Average number of jobs waiting.", "平均排队作业数。"),
        ["mean_jobs_in_system"] = ("Mean jobs in system", "系统内平均作业数", "Average number of jobs waiting or running.", "平均在排队或运行的作业数。"),
        ["arrivals_per_hour"] = ("Arrivals per hour", "每小时到达数", "How many jobs arrived per hour.", "每小时到达的作业数。"),
        ["window_hours"] = ("Measured hours", "测量时长（小时）", "Length of the measurement window after warm-up.", "预热之后测量窗口的长度。"),
        ["events"] = ("Simulation events", "模拟事件数", "Calendar events the simulator processed (a measure of work, not of the center).", "模拟器处理的事件数（衡量计算量，与中心本身无关）。"),
        ["carbon_kg"] = ("Carbon (kg CO2)", "碳排放（千克 CO2）", "CO2 from the facility's electricity: facility energy times the grid's carbon intensity.", "机房用电产生的 CO2：设施能耗 × 电网碳排放因子。"),
        ["transfer_yuan"] = ("Data transfer fees (yuan)", "数据传输费（元）", "What moving measured jobs' input data between regions cost, at each link's price per GB.", "被测作业的输入数据跨区域传输的费用，按各链路每 GB 价格计。"),
        ["tenant_cost_yuan"] = ("Tenants' cost (yuan)", "租户总成本（元）", "What tenants paid in all: compute bills plus data transfer fees.", "租户支付的全部费用：算力账单加数据传输费。"),
        ["jobs_moved"] = ("Jobs moved", "跨区域作业数", "Measured jobs the broker sent to a center outside their home region.", "被调度到本区域以外算力中心的被测作业数。"),
        ["jobs_moved_share"] = ("Share of jobs moved", "跨区域作业比例", "Jobs moved as a share of the measured jobs placed (0 to 1).", "跨区域作业占已调度被测作业的比例（0 到 1）。"),
        ["data_moved_tb"] = ("Data moved (TB)", "传输数据量（TB）", "Input data of moved jobs carried over the wide-area network.", "跨区域作业经广域网传输的输入数据量。"),
        ["mean_transfer_hours"] = ("Mean transfer time (h)", "平均传输时间（小时）", "Average time a moved job's data took to arrive: its share of the links' bandwidth, plus latency.", "跨区域作业数据到达的平均时间：所分得的链路带宽加时延。"),
        ["jobs_unplaceable"] = ("Jobs unplaceable", "无法调度作业数", "Jobs no center their data could reach was large enough for.", "数据可达的算力中心都容纳不下的作业数。"),
        ["jobs_in_transit"] = ("Jobs in transit", "传输中作业数", "Moved jobs whose data was still on its way when the simulation stopped.", "模拟结束时数据仍在传输中的作业数。"),
        ["jobs_placed"] = ("Jobs placed", "调度作业数", "Measured jobs the broker sent to this center.", "调度到该中心的被测作业数。"),
        ["jobs_in"] = ("Jobs in from other regions", "外区域调入作业数", "Measured jobs from tenants of other regions that the broker sent here.", "来自其他区域租户、被调度到此的被测作业数。"),
        ["data_in_tb"] = ("Data in (TB)", "调入数据量（TB）", "Input data brought here from other regions.", "从其他区域传入的输入数据量。"),
        ["data_tb"] = ("Data carried (TB)", "承载数据量（TB）", "Data this direction of the link carried in the measurement window.", "该方向链路在测量窗口内承载的数据量。"),
        ["mean_transfers"] = ("Mean transfers under way", "平均在途传输数", "Time average of the transfers sharing this direction of the link.", "共享该方向链路的传输数的时间平均。"),
        ["busy_share"] = ("Busy share", "繁忙比例", "Share of the window the link carried at least one transfer.", "链路至少承载一个传输的时间比例。"),
    };

    private static readonly (string Prefix, string En, string Zh, string EnText, string ZhText)[] Prefixes =
    {
        ("chip_hours_by_category.", "Chip-hours: ", "卡时：", "Chip-hours used by tenants of this category.", "该类租户使用的卡时。"),
        ("voucher_", "Vouchers: ", "算力券：", "Computing vouchers: money issued, spent or left, in yuan.", "算力券：发放、使用或剩余的金额（元）。"),
    };

    public static string Label(string metric, ReportLanguage language)
    {
        if (Known.TryGetValue(metric, out var k))
        {
            return language == ReportLanguage.Chinese ? k.Zh : k.En;
        }
        foreach (var p in Prefixes)
        {
            if (metric.StartsWith(p.Prefix, StringComparison.Ordinal))
            {
                return (language == ReportLanguage.Chinese ? p.Zh : p.En) + metric[p.Prefix.Length..];
            }
        }
        if (Scoped(metric) is var (scope, known))
        {
            return scope + ": " + (language == ReportLanguage.Chinese ? known.Zh : known.En);
        }
        return metric;
    }

    /// <summary>The explanation, or null for a metric this list does not know.</summary>
    public static string? Explain(string metric, ReportLanguage language)
    {
        if (Known.TryGetValue(metric, out var k))
        {
            return language == ReportLanguage.Chinese ? k.ZhText : k.EnText;
        }
        foreach (var p in Prefixes)
        {
            if (metric.StartsWith(p.Prefix, StringComparison.Ordinal))
            {
                return language == ReportLanguage.Chinese ? p.ZhText : p.EnText;
            }
        }
        if (Scoped(metric) is var (scope, known))
        {
            return language == ReportLanguage.Chinese ? $"{scope}：{known.ZhText}" : $"For {scope}: {known.EnText}";
        }
        return null;
    }

    /// <summary>A network run's <c>center.metric</c> or <c>wan.from&gt;to.metric</c>: the scope and the known metric after the last dot.</summary>
    private static (string Scope, (string En, string Zh, string EnText, string ZhText) Known)? Scoped(string metric)
    {
        var dot = metric.LastIndexOf('.');
        return dot > 0 && Known.TryGetValue(metric[(dot + 1)..], out var k) ? (metric[..dot], k) : null;
    }
}
