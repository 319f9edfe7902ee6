namespace CenterSim.Reporting.Report;

/// <summary>
/// Every metric a run reports, by name: label with unit, explanation (English and Chinese), range and
/// role. A test fails when a run reports a metric missing here, so no report shows a placeholder.
/// </summary>
public static class MetricEntries
{
    private const MetricBound S = MetricBound.Share;
    private const MetricBound N = MetricBound.NonNegative;
    private const MetricBound Any = MetricBound.Signed;
    private const MetricRole H = MetricRole.Headline;
    private const MetricRole O = MetricRole.Outcome;
    private const MetricRole D = MetricRole.Diagnostic;

    /// <summary>In the order headline tables list them; the inference services' metrics last.</summary>
    public static readonly IReadOnlyDictionary<string, MetricEntry> Known = Core.Concat(ServingMetricEntries.Known)
        .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, MetricEntry> Core => new Dictionary<string, MetricEntry>(StringComparer.Ordinal)
    {
        ["utilization"] = new("Utilization (share)", "利用率（比例）", "Share of the chips' time that was rented out: allocated chip-hours divided by available chip-hours (0 to 1).", "芯片时间中被租用的比例：已分配卡时 ÷ 可用卡时（0 到 1）。", S, H),
        ["mean_wait_hours"] = new("Mean wait (h)", "平均等待（小时）", "Average time a job waited in the queue between submission and start.", "作业从提交到开始运行在队列中平均等待的时间。", N, H),
        ["p95_wait_hours"] = new("95th percentile wait (h)", "95 分位等待（小时）", "19 of 20 jobs waited less than this.", "95% 的作业等待时间低于此值。", N, H),
        ["revenue_yuan"] = new("Revenue (yuan)", "收入（元）", "What measured jobs paid for their chip-hours.", "被测作业为所用卡时支付的金额。", N, H),
        ["profit_yuan"] = new("Profit (yuan)", "利润（元）", "Provider's revenue minus its capital (depreciation), operations and energy costs over the window.", "运营方收入减去折旧、运维和电费成本（测量窗口内）。", Any, H),
        ["energy_cost_yuan"] = new("Energy cost (yuan)", "电费（元）", "What the facility's electricity cost at the tariff.", "按电价计算的机房电费。", N, H),
        ["carbon_kg"] = new("Carbon (kg CO2)", "碳排放（千克 CO2）", "CO2 from the facility's electricity: facility energy times the grid's carbon intensity.", "机房用电产生的 CO2：设施能耗 × 电网碳排放因子。", N, H),
        ["tenant_cost_yuan"] = new("Tenants' cost (yuan)", "租户总成本（元）", "What tenants paid in all: compute bills plus data transfer fees.", "租户支付的全部费用：算力账单加数据传输费。", N, H),
        ["sme_share"] = new("Small users' share of chip-hours", "中小用户卡时占比", "Share of the chip-hours sold that went to startups, SMEs and universities (0 to 1).", "售出卡时中初创企业、中小企业和高校所占比例（0 到 1）。", S, H),
        ["additional_chip_hours"] = new("Additional chip-hours from vouchers", "算力券带来的新增卡时", "Chip-hours sold with vouchers minus those sold in the same replication without them (counterfactual).", "有算力券时售出的卡时减去同一重复中无券时售出的卡时（反事实对照）。", Any, H),
        ["subsidy_yuan_per_additional_chip_hour"] = new("Subsidy per additional chip-hour (yuan)", "每新增卡时补贴（元）", "Voucher money redeemed divided by the additional chip-hours it bought (NaN when none were added).", "已兑付算力券金额 ÷ 其带来的新增卡时（无新增时为 NaN）。", Any, H),
        ["mean_jct_hours"] = new("Mean completion time (h)", "平均完成时间（小时）", "Average time from submission to the end of a completed job (waiting plus running).", "已完成作业从提交到结束的平均时间（等待加运行）。", N, O),
        ["jobs_submitted"] = new("Jobs submitted", "提交作业数", "Jobs that arrived in the measurement window.", "测量窗口内到达的作业数。", N, D),
        ["jobs_completed"] = new("Jobs completed", "完成作业数", "Measured jobs that finished.", "已完成的被测作业数。", N, O),
        ["jobs_rejected"] = new("Jobs rejected", "被拒作业数", "Jobs refused because the tenant could not pay.", "因租户无力支付而被拒绝的作业数。", N, O),
        ["jobs_unfinished"] = new("Jobs unfinished", "未完成作业数", "Jobs still waiting or running when the simulation stopped (in a network, also those whose data was still on its way).", "模拟结束时仍在排队或运行的作业数（在算力网络中，也包括数据仍在传输中的作业）。", N, O),
        ["jobs_abandoned"] = new("Jobs abandoned", "放弃作业数", "Jobs whose tenant gave up: the price was above its willingness to pay, or it waited longer than its patience.", "租户放弃的作业：价格高于其支付意愿，或等待超过其耐心。", N, O),
        ["effective_utilization"] = new("Effective utilization (share)", "有效利用率（比例）", "Chip-hours times placement efficiency times throttle speed, over available chip-hours (0 to 1).", "卡时 × 放置效率 × 限速后速度 ÷ 可用卡时（0 到 1）。", S, O),
        ["it_energy_kwh"] = new("IT energy (kWh)", "IT 能耗（千瓦时）", "Electricity used by the servers.", "服务器消耗的电能。", N, O),
        ["facility_energy_kwh"] = new("Facility energy (kWh)", "设施总能耗（千瓦时）", "Electricity of the whole building: IT energy times PUE (cooling and losses included).", "整个机房的电能：IT 能耗 × PUE（含制冷和损耗）。", N, O),
        ["peak_facility_kw"] = new("Peak facility power (kW)", "设施峰值功率（千瓦）", "Highest facility power held in the window.", "测量窗口内设施功率的最高值。", N, O),
        ["mean_queue_length"] = new("Mean queue length (jobs)", "平均队列长度（作业）", "Average number of jobs waiting.", "平均排队作业数。", N, O),
        ["mean_jobs_in_system"] = new("Mean jobs in system", "系统内平均作业数", "Average number of jobs waiting or running.", "平均在排队或运行的作业数。", N, O),
        ["server_failures"] = new("Server failures", "服务器故障次数", "Failures (any cause) that took a working server down in the window, on busy and idle servers alike.", "测量窗口内使正常服务器宕机的故障次数（任何原因，含空闲服务器）。", N, O),
        ["job_interruptions"] = new("Job interruptions", "作业中断次数", "Times a running job was killed by a failure of one of its servers in the window; it resumes from its last checkpoint.", "测量窗口内运行中的作业因所在服务器故障而被终止的次数；作业从最近的检查点恢复。", N, O),
        ["effective_training_time"] = new("Effective training time (share)", "有效训练时间（比例）", "Useful work over the time jobs were under way (first start to end, waits after failures included), chip-weighted: checkpoint writes, restarts, redone work and waits are not useful (0 to 1).", "有用工作量 ÷ 作业在途时间（首次启动至结束，含故障后的等待），按卡加权；写检查点、重启、重做的工作和等待都不算有用（0 到 1）。", S, O),
        ["fragmentation"] = new("Fragmentation (share of chips)", "碎片率（芯片比例）", "Time average of free chips that cannot serve the smallest waiting gang, as a share of all chips.", "无法满足最小等待作业的空闲芯片占全部芯片比例的时间平均。", S, O),
        ["uplink_flow_hours"] = new("Rack-uplink flow-hours", "机柜上联流量小时", "Flow-hours of gangs spanning racks on the rack uplinks, whole run.", "跨机柜作业在机柜上联链路上的流量小时数（整次运行）。", N, O),
        ["spine_flow_hours"] = new("Spine flow-hours", "核心交换流量小时", "Flow-hours of gangs spanning racks on the spine, whole run.", "跨机柜作业在核心交换上的流量小时数（整次运行）。", N, O),
        ["cap_violations"] = new("Power-cap violations", "功率上限越限次数", "Times a rack or the facility went above its power cap in the measurement window, counting one already under way when the window opens (0 whenever capping is on).", "测量窗口内机柜或设施功率超过上限的次数，窗口开始时仍在持续的越限也计入（开启限功率时为 0）。", N, O),
        ["throttled_chip_hours"] = new("Throttled chip-hours", "限速损失卡时", "Chip-hours of speed given up to power capping: chips times (1 minus speed).", "因功率封顶而损失的速度对应的卡时：芯片数 × (1 − 速度)。", N, O),
        ["lost_chip_hours_failures"] = new("Chip-hours lost to failures", "故障损失卡时", "Work lost to server failures since each job's last checkpoint.", "服务器故障导致、自上次检查点以来丢失的工作量（卡时）。", N, O),
        ["jobs_preempted"] = new("Jobs preempted", "被抢占作业数", "Spot jobs stopped to make room for on-demand jobs (pricing spot).", "为按需作业让路而被中止的竞价作业数（竞价定价）。", N, O),
        ["preempted_chip_hours"] = new("Preempted chip-hours", "被抢占卡时", "Chip-hours of spot work lost to preemption.", "竞价作业因抢占而丢失的卡时。", N, O),
        ["committed_revenue_yuan"] = new("Committed revenue (yuan)", "承诺用量收入（元）", "What tenants paid for their reserved chips (pricing committed), used or not, for the periods starting in the measurement window.", "租户为预留芯片支付的费用（承诺用量定价），无论是否使用；计测量窗口内开始的周期。", N, O),
        ["committed_utilization"] = new("Use of committed chips (share)", "预留芯片使用率（比例）", "Share of the reserved chip-hours the reserving tenants actually used (0 to 1).", "预留租户实际使用的预留卡时比例（0 到 1）。", S, O),
        ["below_break_even"] = new("Run below break-even (0/1)", "是否低于盈亏平衡（0/1）", "1 when the provider's profit over the window was negative, else 0; its mean is the share of such replications.", "运营方在测量窗口内利润为负时为 1，否则为 0；均值即此类重复所占比例。", S, O),
        ["break_even_utilization"] = new("Break-even utilization (share)", "盈亏平衡利用率（比例）", "Utilization at which revenue would just cover the provider's costs at the prices charged.", "按所收价格，收入恰好覆盖运营方成本时的利用率。", N, O),
        ["periods_below_break_even"] = new("Market periods below break-even", "低于盈亏平衡的市场周期数", "Market periods ending in the measurement window in which the provider's ledger balance fell.", "测量窗口内结束、运营方账本余额下降的市场周期数。", N, O),
        ["revenue_cash_yuan"] = new("Revenue paid in cash (yuan)", "现金收入（元）", "The cash part of the measured jobs' bills (the jobs revenue_yuan counts) plus the period charges in the window: with voucher_redeemed_yuan it makes provider_revenue_yuan.", "被测作业账单（与 revenue_yuan 同一批作业）中的现金部分，加窗口内的期间费用；与 voucher_redeemed_yuan 之和即 provider_revenue_yuan。", N, O),
        ["capital_cost_yuan"] = new("Capital cost (yuan)", "折旧成本（元）", "Server purchase prices spread over their lifetime, for the window.", "服务器购置价按使用年限分摊到测量窗口的部分。", N, O),
        ["operations_cost_yuan"] = new("Operations cost (yuan)", "运维成本（元）", "Operations cost per server-year, for the window.", "按每台服务器每年运维成本计算的测量窗口内运维费用。", N, O),
        ["provider_energy_cost_yuan"] = new("Provider's energy cost (yuan)", "运营方电费（元）", "Electricity cost in the provider's ledger (market runs).", "运营方账本中的电费（市场模拟）。", N, O),
        ["chip_hours_sold"] = new("Chip-hours sold", "售出卡时", "Chip-hours tenants bought in the window.", "测量窗口内租户购买的卡时。", N, O),
        ["counterfactual_chip_hours_sold"] = new("Chip-hours sold without vouchers", "无券时售出卡时", "Chip-hours sold in the same replication rerun without vouchers.", "同一重复在无算力券条件下重跑时售出的卡时。", N, O),
        ["counterfactual_profit_yuan"] = new("Profit without vouchers (yuan)", "无券时利润（元）", "Provider's profit in the same replication rerun without vouchers.", "同一重复在无算力券条件下重跑时的运营方利润。", Any, O),
        ["voucher_issued_yuan"] = new("Vouchers issued (yuan)", "算力券发放（元）", "Voucher money handed to tenants in the measurement window.", "测量窗口内发放给租户的算力券金额。", N, O),
        ["voucher_redeemed_yuan"] = new("Vouchers redeemed (yuan)", "算力券兑付（元）", "The voucher part of the measured jobs' bills (in network markets also of their data transfer fees) and, where the program allows it, of inference services' bills for the hours in the window.", "被测作业账单中由算力券支付的部分（网络市场中还含其数据传输费的算力券部分），以及计划允许时测量窗口内各小时推理服务账单中由算力券支付的部分。", N, O),
        ["voucher_expired_yuan"] = new("Vouchers expired (yuan)", "算力券过期（元）", "Voucher money that expired unspent at the period ends in the measurement window.", "测量窗口内各周期结束时未使用即过期的算力券金额。", N, O),
        ["voucher_misused_yuan"] = new("Vouchers misused (yuan)", "算力券违规使用（元）", "Voucher money awarded in the measurement window and spent against the program's rules.", "测量窗口内发放、违反规则使用的算力券金额。", N, O),
        ["voucher_clawed_back_yuan"] = new("Vouchers clawed back (yuan)", "算力券追回（元）", "Misused voucher money audits recovered in the measurement window (back to the treasury).", "测量窗口内审计追回的违规算力券金额（退回财政）。", N, O),
        ["audit_cost_yuan"] = new("Audit cost (yuan)", "审计成本（元）", "What the program's audits of the awards in the measurement window cost.", "测量窗口内对所发算力券进行审计的费用。", N, O),
        ["fairness_jain"] = new("Fairness (Jain index)", "公平性（Jain 指数）", "Jain's index of chip-hours per tenant: 1 when every tenant got the same, 1/n when one got all.", "各租户卡时的 Jain 指数：人人相同时为 1，一人独占时为 1/n。", S, O),
        ["transfer_yuan"] = new("Data transfer fees (yuan)", "数据传输费（元）", "What moving measured jobs' input data between regions cost, at each link's price per GB.", "被测作业的输入数据跨区域传输的费用，按各链路每 GB 价格计。", N, O),
        ["transfer_voucher_yuan"] = new("Transfer fees paid by vouchers (yuan)", "算力券支付的传输费（元）", "Voucher money that paid the measured jobs' data transfer fees, where an agency allows it (network markets; included in the vouchers redeemed).", "在机构允许时由算力券支付的被测作业数据传输费（网络市场；已计入已兑付算力券）。", N, O),
        ["served_away_share"] = new("Chip-hours bought outside the home region (share)", "在本区域外购买的卡时占比", "Share of the chip-hours sold that tenants bought at a center outside their home region; for a region, of its own tenants' chip-hours (network markets).", "售出卡时中租户在其所在区域之外的中心购买的比例；按区域时为该区域租户卡时中的比例（网络市场）。", S, O),
        ["issuing_regions_served_away_share"] = new("Voucher regions' demand served elsewhere (share)", "发券区域需求在区域外满足的比例", "Of the chip-hours bought by tenants of the regions with a voucher agency, the share bought at centers outside their home region (network markets; NaN without agencies).", "有算力券发放机构的区域的租户所购卡时中，在其所在区域之外的中心购买的比例（网络市场；无发券机构时为 NaN）。", S, O),
        ["demand_regions_served_away_share"] = new("Demand regions' demand served elsewhere (share)", "需求区域需求在区域外满足的比例", "Of the chip-hours bought by tenants of the demand regions (whose tenants offer more chip-hours per hour than the region's centers have chips, e.g. the eastern cities), the share bought outside their home region: eastern demand served in the west (network markets; NaN without such a region).", "需求区域（其租户每小时提交的卡时多于本区域中心的芯片数，如东部城市）的租户所购卡时中，在其所在区域之外购买的比例：即东部需求在西部满足的比例（网络市场；无此类区域时为 NaN）。", S, O),
        ["domestic_chip_hours_share"] = new("Domestic chips' share of chip-hours", "国产芯片卡时占比", "Share of the chip-hours sold that ran on pools of domestic chips (network markets).", "售出卡时中在国产芯片资源池上运行的比例（网络市场）。", S, O),
        ["hubs_below_break_even"] = new("Hubs below break-even", "低于盈亏平衡的枢纽数", "How many centers ended the measurement window with a negative profit: the network's \"unfinished buildings\" (network markets).", "测量窗口内利润为负的中心数：网络中的“烂尾楼”（网络市场）。", N, O),
        ["voucher_spent_yuan"] = new("Vouchers spent there (yuan)", "在该区域使用的算力券（元）", "Voucher money the measured jobs at a region's centers spent, on bills and on the fees for moving data there, whoever issued it (network markets).", "该区域各中心被测作业使用的算力券金额（含账单与向该处传输数据的费用），不论由谁发放（网络市场）。", N, O),
        ["power_subsidy_yuan"] = new("Power subsidy for domestic chips (yuan)", "国产芯片电费补贴（元）", "What the hub's subsidy paid back of the electricity bill of its domestic-chip servers over the window (already off the energy cost).", "枢纽对其国产芯片服务器电费的返还金额（测量窗口内；已从电费中扣除）。", N, O),
        ["jobs_moved"] = new("Jobs moved", "跨区域作业数", "Measured jobs the broker sent to a center outside their home region.", "被调度到本区域以外算力中心的被测作业数。", N, O),
        ["jobs_moved_share"] = new("Share of jobs moved", "跨区域作业比例", "Jobs moved as a share of the measured jobs placed (0 to 1).", "跨区域作业占已调度被测作业的比例（0 到 1）。", S, O),
        ["data_moved_tb"] = new("Data moved (TB)", "传输数据量（TB）", "Input data of moved jobs carried over the wide-area network.", "跨区域作业经广域网传输的输入数据量。", N, O),
        ["mean_transfer_hours"] = new("Mean transfer time (h)", "平均传输时间（小时）", "Average time a moved job's data took to arrive: its share of the links' bandwidth, plus latency.", "跨区域作业数据到达的平均时间：所分得的链路带宽加时延。", N, O),
        ["jobs_unplaceable"] = new("Jobs unplaceable", "无法调度作业数", "Jobs no center their data could reach was large enough for.", "数据可达的算力中心都容纳不下的作业数。", N, O),
        ["jobs_in_transit"] = new("Jobs in transit", "传输中作业数", "Moved jobs whose data was still on its way when the simulation stopped.", "模拟结束时数据仍在传输中的作业数。", N, O),
        ["jobs_placed"] = new("Jobs placed", "调度作业数", "Measured jobs the broker sent to this center.", "调度到该中心的被测作业数。", N, O),
        ["jobs_in"] = new("Jobs in from other regions", "外区域调入作业数", "Measured jobs from tenants of other regions that the broker sent here.", "来自其他区域租户、被调度到此的被测作业数。", N, O),
        ["data_in_tb"] = new("Data in (TB)", "调入数据量（TB）", "Input data brought here from other regions.", "从其他区域传入的输入数据量。", N, O),
        ["data_tb"] = new("Data carried (TB)", "承载数据量（TB）", "Data this direction of the link carried in the measurement window.", "该方向链路在测量窗口内承载的数据量。", N, O),
        ["mean_transfers"] = new("Mean transfers under way", "平均在途传输数", "Time average of the transfers sharing this direction of the link.", "共享该方向链路的传输数的时间平均。", N, O),
        ["busy_share"] = new("Busy share", "繁忙比例", "Share of the window the link carried at least one transfer (0 to 1).", "链路至少承载一个传输的时间比例（0 到 1）。", S, O),
        ["chips"] = new("Chips", "芯片数", "Accelerator chips in this pool.", "该资源池的加速芯片数。", N, D),
        ["voucher_paid_yuan"] = new("Paid with vouchers (yuan)", "算力券支付（元）", "Part of the bills of jobs on this pool that vouchers paid.", "该资源池上作业账单中由算力券支付的部分。", N, O),
        ["trace_jobs_skipped"] = new("Trace jobs skipped", "跳过的轨迹作业数", "Rows of the replayed trace that could not be replayed (e.g. no duration).", "回放轨迹中无法回放的行数（例如缺少时长）。", N, D),
        ["arrivals_per_hour"] = new("Arrivals per hour", "每小时到达数", "How many jobs arrived per hour (set by the scenario's workload; a check, not a result).", "每小时到达的作业数（由场景的负载决定，用于核对）。", N, D),
        ["completed_chip_hours"] = new("Work completed (chip-hours)", "完成的工作量（卡时）", "Chip-hours of work of the measured jobs that finished: what the center delivered, to compare arms doing different amounts of work.", "已完成的被测作业的工作量（卡时）：中心实际交付的算力，用于比较工作量不同的方案。", N, O),
        ["delivered_chip_hours"] = new("Chip-hours delivered", "交付卡时", "Chip-hours allocated to jobs over the measurement window, whether they finished or not.", "测量窗口内分配给作业的卡时，无论作业是否完成。", N, O),
        ["cost_yuan_per_delivered_chip_hour"] = new("Cost per delivered chip-hour (yuan)", "每交付卡时成本（元）", "What tenants paid per chip-hour delivered: comparable across arms that do different work.", "租户为每个交付卡时支付的费用：可在工作量不同的方案间比较。", N, O),
        ["energy_kwh_per_delivered_chip_hour"] = new("Energy per delivered chip-hour (kWh)", "每交付卡时能耗（千瓦时）", "Facility energy per chip-hour delivered.", "每个交付卡时的设施能耗。", N, O),
        ["carbon_kg_per_delivered_chip_hour"] = new("Carbon per delivered chip-hour (kg CO2)", "每交付卡时碳排放（千克二氧化碳）", "Emissions per chip-hour delivered: the fair carbon comparison when arms complete different work.", "每个交付卡时的碳排放：方案完成的工作量不同时，公平的碳比较。", N, O),
        ["revenue_yuan_per_available_chip_hour"] = new("Revenue per available chip-hour (yuan)", "每可用卡时收入（元）", "Revenue divided by every chip-hour the center could have sold in the window.", "收入除以窗口内中心可出售的全部卡时。", N, O),
        ["jobs_open_queued"] = new("Jobs still waiting at the end", "结束时仍在排队的作业", "Measured jobs that had not started when the run stopped.", "运行结束时尚未开始的被测作业。", N, O),
        ["jobs_open_running"] = new("Jobs still running at the end", "结束时仍在运行的作业", "Measured jobs that had started but not finished when the run stopped.", "运行结束时已开始但未完成的被测作业。", N, O),
        ["open_mean_age_hours"] = new("Mean age of open jobs (h)", "未完成作业平均已历时（小时）", "How long, on average, the jobs still waiting or running at the end had been in the system.", "结束时仍在排队或运行的作业平均已在系统中停留的时间。", N, O),
        ["open_max_age_hours"] = new("Oldest open job (h)", "最久未完成作业（小时）", "How long the oldest job still waiting or running at the end had been in the system.", "结束时仍未完成的最久作业已在系统中停留的时间。", N, O),
        ["mean_wait_hours_incl_open"] = new("Mean wait counting open jobs (h)", "含未完成作业的平均等待（小时）", "Mean wait with jobs still waiting counted by their wait so far: a lower bound on the true mean wait.", "把仍在排队的作业按目前的等待计入的平均等待：真实平均等待的下界。", N, O),
        ["queue_first_quarter"] = new("Mean queue, first quarter (jobs)", "前四分之一时段平均队列（作业）", "Mean queue length over the first quarter of the measurement window.", "测量窗口前四分之一时段的平均队列长度。", N, D),
        ["queue_last_quarter"] = new("Mean queue, last quarter (jobs)", "后四分之一时段平均队列（作业）", "Mean queue length over the last quarter of the window; far above the first quarter's, the center is overloaded and its queue grows.", "测量窗口最后四分之一时段的平均队列长度；远高于前四分之一时，中心过载、队列在增长。", N, D),
        ["provider_revenue_yuan"] = new("Provider's revenue over the window (yuan)", "窗口内运营方收入（元）", "Bills of the measured jobs and period charges in the window, plus the inference services' token bills of the requests measured in the window: the revenue side of profit_yuan.", "窗口内被测作业的账单及期间费用，加上窗口内被测推理请求的 token 账单，即 profit_yuan 的收入部分。", N, O),
        ["ledger_profit_yuan"] = new("Provider's cash balance, whole run (yuan)", "全程运营方现金余额（元）", "The ledger's provider account at the end: cash basis over the whole run, warm-up and prepaid unfinished work included.", "运行结束时账本中运营方账户：全程现金口径，含预热期与已预付未完成的工作。", Any, D),
        ["window_hours"] = new("Measured hours", "测量时长（小时）", "Length of the measurement window after warm-up.", "预热之后测量窗口的长度。", N, D),
        ["events"] = new("Simulation events", "模拟事件数", "Calendar events the simulator processed (a measure of the simulator's work, not of the center).", "模拟器处理的事件数（衡量计算量，与中心本身无关）。", N, D),
    };

    /// <summary>Names under these prefixes take the prefix's text with the rest of the name appended.</summary>
    public static readonly IReadOnlyList<(string Prefix, MetricEntry Entry)> Prefixes = new (string, MetricEntry)[]
    {
        ("chip_hours_by_category.", new("Chip-hours: ", "卡时：", "Chip-hours used by tenants of this category.", "该类租户使用的卡时。")),
        ("interruptions.", new("Job interruptions by cause: ", "按原因的作业中断次数：", "Running jobs killed by failures of this cause in the window.", "测量窗口内因该原因的故障而被终止的运行中作业次数。")),
    };
}
