namespace CenterSim.Reporting.Report;

/// <summary>The inference services' metrics (with several services each under the service's name, e.g. <c>chat.serving_ttft_p99_s</c>).</summary>
public static class ServingMetricEntries
{
    private const MetricBound S = MetricBound.Share;
    private const MetricBound N = MetricBound.NonNegative;
    private const MetricRole H = MetricRole.Headline;
    private const MetricRole O = MetricRole.Outcome;
    private const MetricRole D = MetricRole.Diagnostic;

    public static readonly IReadOnlyDictionary<string, MetricEntry> Known = new Dictionary<string, MetricEntry>(StringComparer.Ordinal)
    {
        ["serving_slo_attainment"] = new("Serving: SLO attainment (share)", "推理服务：SLO 达标率（比例）", "Share of the service's finished requests (served or dropped) whose time to first token and time per output token both met the objectives; dropped requests count as missed.", "服务已结束请求（完成或丢弃）中首字时间与每输出字时间都达标的比例；丢弃的请求计为未达标。", S, H),
        ["serving_tokens_per_s"] = new("Serving: output tokens per second", "推理服务：每秒输出 token 数", "Output tokens of the requests served in the window, per second of the window.", "窗口内完成请求的输出 token 数 ÷ 窗口秒数。", N, H),
        ["serving_revenue_yuan"] = new("Serving: revenue (yuan)", "推理服务：收入（元）", "What the served requests paid by their input and output tokens at the service's per-million-token prices.", "已完成请求按每百万输入/输出 token 价格支付的金额。", N, H),
        ["serving_revenue_yuan_per_chip_hour"] = new("Serving: revenue per chip-hour held (yuan)", "推理服务：每占用卡时收入（元）", "Serving revenue divided by the chip-hours its replicas held (loading included), to set beside the training price per chip-hour.", "推理收入 ÷ 副本占用的卡时（含加载时间），可与训练的每卡时价格对比。", N, O),
        ["serving_kwh_per_million_tokens"] = new("Serving: energy per million output tokens (kWh)", "推理服务：每百万输出 token 能耗（千瓦时）", "Facility energy of the replicas' chips (each at its server's peak power per chip, times PUE) per million output tokens served.", "副本所用芯片的设施能耗（每卡按服务器峰值功率均摊，乘 PUE）÷ 百万输出 token。", N, H),
        ["serving_training_lost_chip_hours"] = new("Training work lost to serving (chip-hours)", "因推理服务损失的训练工作（卡时）", "Chip-hours of training work since the last checkpoint that jobs lost when preempted for a replica (harvest).", "训练作业因给推理副本让出芯片而被抢占时，丢失的自上次检查点以来的工作（卡时，harvest 策略）。", N, H),
        ["serving_requests_arrived"] = new("Serving: requests arrived", "推理服务：到达请求数", "Requests that arrived in the measurement window.", "测量窗口内到达的请求数。", N, D),
        ["serving_requests_served"] = new("Serving: requests served", "推理服务：完成请求数", "Requests of the window that got their last token before it closed.", "窗口内到达且在窗口结束前生成完最后一个 token 的请求数。", N, O),
        ["serving_arrivals_per_s"] = new("Serving: arrivals per second", "推理服务：每秒到达请求数", "Requests that arrived in the window, per second.", "窗口内到达的请求数 ÷ 窗口秒数。", N, D),
        ["serving_arrival_span_s"] = new("Serving: span of arrivals (s)", "推理服务：到达时间跨度（秒）", "Time from the window's first arrival to its last (NaN without arrivals).", "窗口内首个到末个请求到达的时间（无到达时为 NaN）。", N, D),
        ["serving_mean_prompt_tokens"] = new("Serving: mean prompt tokens per request", "推理服务：每请求平均提示 token 数", "Mean prompt (input) tokens of the requests that arrived in the window.", "窗口内到达请求的平均提示（输入）token 数。", N, D),
        ["serving_mean_output_tokens"] = new("Serving: mean output tokens per request", "推理服务：每请求平均输出 token 数", "Mean output tokens of the requests that arrived in the window.", "窗口内到达请求的平均输出 token 数。", N, D),
        ["serving_mean_wait_s"] = new("Serving: mean queue wait (s)", "推理服务：平均排队等待（秒）", "Mean time served requests waited in the service's queue before a replica took them.", "已完成请求在服务队列中等待副本接收的平均时间。", N, O),
        ["serving_ttft_mean_s"] = new("Serving: mean time to first token (s)", "推理服务：平均首字时间（秒）", "Mean time from arrival to first token of the served requests.", "已完成请求从到达到首个 token 的平均时间。", N, O),
        ["serving_requests_dropped"] = new("Serving: requests dropped", "推理服务：丢弃请求数", "Requests of the window turned away: the queue was full, or the request's KV cache could never fit a replica.", "窗口内被拒绝的请求：队列已满，或其 KV 缓存永远放不进一个副本。", N, O),
        ["serving_requests_in_flight"] = new("Serving: requests in flight at the end", "推理服务：结束时在途请求数", "Requests of the window still waiting or generating when it closed (arrived = served + dropped + in flight).", "窗口结束时仍在排队或生成中的请求（到达 = 完成 + 丢弃 + 在途）。", N, D),
        ["serving_input_tokens_per_s"] = new("Serving: input tokens per second", "推理服务：每秒输入 token 数", "Prompt tokens of the requests served in the window, per second.", "窗口内完成请求的提示（输入）token 数 ÷ 窗口秒数。", N, O),
        ["serving_ttft_p50_s"] = new("Serving: median time to first token (s)", "推理服务：首字时间中位数（秒）", "Half of the served requests got their first token sooner than this after arriving (queueing and prefill).", "一半的已完成请求在到达后短于此时间得到首个 token（含排队与预填充）。", N, O),
        ["serving_ttft_p99_s"] = new("Serving: 99th percentile time to first token (s)", "推理服务：99 分位首字时间（秒）", "99 of 100 served requests got their first token sooner than this.", "99% 的已完成请求得到首个 token 的时间低于此值。", N, O),
        ["serving_tpot_p50_s"] = new("Serving: median time per output token (s)", "推理服务：每输出 token 时间中位数（秒）", "Median over served requests of (last token time - first token time) / (output tokens - 1).", "已完成请求（末 token 时间 - 首 token 时间）÷（输出 token 数 - 1）的中位数。", N, O),
        ["serving_tpot_p99_s"] = new("Serving: 99th percentile time per output token (s)", "推理服务：99 分位每输出 token 时间（秒）", "99 of 100 served requests decoded faster than this per token.", "99% 的已完成请求每 token 解码时间低于此值。", N, O),
        ["serving_replicas_lost"] = new("Serving: replicas lost to failures", "推理服务：因故障损失的副本数", "Replicas whose server failed in the window; their requests went back to the head of the queue, their progress lost.", "窗口内因服务器故障损失的副本；其请求回到队首，进度丢失。", N, O),
        ["serving_replica_hours"] = new("Serving: replica-hours", "推理服务：副本小时数", "Hours replicas held chips in the window, loading their weights included.", "窗口内副本占用芯片的小时数（含加载权重的时间）。", N, O),
        ["serving_mean_replicas"] = new("Serving: mean replicas", "推理服务：平均副本数", "Replicas holding chips, averaged over the window.", "窗口内占用芯片的副本数的时间平均。", N, O),
        ["serving_energy_kwh"] = new("Serving: energy (kWh)", "推理服务：能耗（千瓦时）", "Facility energy of the replicas' chips: chips x server peak power per chip x PUE over the time they were held.", "副本芯片的设施能耗：芯片数 × 每卡服务器峰值功率 × PUE × 占用时间。", N, O),
        ["serving_joules_per_token"] = new("Serving: energy per output token (J)", "推理服务：每输出 token 能耗（焦耳）", "Facility energy of the replicas' chips per output token served.", "副本芯片的设施能耗 ÷ 已完成的输出 token 数。", N, O),
        ["serving_energy_cost_yuan_per_million_tokens"] = new("Serving: electricity per million output tokens (yuan)", "推理服务：每百万输出 token 电费（元）", "The replicas' chips' electricity at the center's tariff per million output tokens served.", "副本芯片按中心电价计算的电费 ÷ 百万输出 token。", N, O),
        ["serving_cost_yuan_per_million_tokens"] = new("Serving: full cost per million output tokens (yuan)", "推理服务：每百万输出 token 全成本（元）", "Electricity of the replicas' chips (as in the electricity per million tokens) plus the chips' share of their servers' capital amortization and operations for the chip-hours the replicas held, from the market's cost model, per million output tokens served; only with a market section.", "副本芯片电费（同每百万 token 电费）加上副本占用卡时所分摊的服务器折旧与运维（按市场成本模型），÷ 百万输出 token；仅在有 market 段时给出。", N, H),
        ["serving_billed_yuan"] = new("Serving: bills settled in the market (yuan)", "推理服务：市场结算账单（元）", "Token bills of the services booked in the market's ledger for the hours of the measurement window (each hour's bill is booked at its end); part of the provider's revenue.", "测量窗口内各小时记入市场账本的推理服务 token 账单（每小时账单在该小时结束时记账），计入服务商收入。", N, O),
        ["serving_voucher_yuan"] = new("Serving: bills paid by vouchers (yuan)", "推理服务：算力券支付的账单（元）", "The part of the window's service bills vouchers paid, at the program's share and within its cap; 0 unless the program has serving_bills: true.", "测量窗口内算力券按计划比例并在上限内支付的推理服务账单部分；计划未设 serving_bills: true 时为 0。", N, H),
        ["serving_training_jobs_preempted"] = new("Training jobs preempted for serving", "为推理服务被抢占的训练作业数", "Preemptions of training jobs to give a replica chips (harvest); a job preempted twice counts twice.", "为给推理副本腾出芯片而抢占训练作业的次数（harvest）；被抢占两次计两次。", N, O),
        ["serving_chips_lent_to_training"] = new("Chips lent to training (mean)", "借给训练的芯片（平均）", "Chips the services could have claimed (up to their replicas' maximum) that training used instead, averaged over the window; 0 under partition.", "推理服务本可占用（至其最大副本数）而由训练使用的芯片，窗口内时间平均；partition 下为 0。", N, O),
        ["serving_chip_hours"] = new("Serving: chip-hours held", "推理服务：占用卡时", "Chip-hours replicas held in the window.", "窗口内副本占用的卡时。", N, D),
        ["serving_training_held_back_hours"] = new("Training held back for serving (h)", "为推理服务暂停训练启动（小时）", "Hours in which a replica waited for chips and, under a services-first policy, no training job could start in its pool.", "副本等待芯片、且在服务优先策略下其资源池不能启动训练作业的小时数。", N, O),
    };
}
