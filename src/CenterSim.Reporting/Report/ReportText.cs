using CenterSim.Reporting.Typefaces;

namespace CenterSim.Reporting.Report;

/// <summary>
/// Every fixed text of the report and plots in one language. Metric explanations come from
/// <see cref="MetricGlossary"/>; metrics it does not know are still shown, with a generic note.
/// </summary>
public sealed class ReportText
{
    private readonly IReadOnlyDictionary<string, string> _text;

    private ReportText(ReportLanguage language, IReadOnlyDictionary<string, string> text)
    {
        Language = language;
        _text = text;
    }

    public ReportLanguage Language { get; }

    /// <summary>The html lang attribute.</summary>
    public string Code => Language == ReportLanguage.Chinese ? "zh" : "en";

    /// <summary>Plot font: the shipped CJK font for Chinese, otherwise null (the plots' usual sans-serif).</summary>
    public string? PlotFont => Language == ReportLanguage.Chinese ? EmbeddedFontResolver.CjkFamily : null;

    public string this[string key] => _text[key];

    public static ReportText For(ReportLanguage language) =>
        new(language, language == ReportLanguage.Chinese ? Chinese : English);

    private static readonly Dictionary<string, string> English = new()
    {
        ["title"] = "Study report",
        ["toc"] = "Contents",
        ["sec.findings"] = "Findings",
        ["show_scenario"] = "Show the scenario file",
        ["more_plots"] = "{0} more plots (files in plots/, PNG and SVG)",
        ["all_metrics"] = "All {0} metrics",
        ["more_findings"] = "{0} more findings (the rest, and per-center and per-link metrics)",
        ["holm_p"] = "Holm-adjusted p",
        ["headline_note"] =
            "Each cell: mean over replications [95% interval]; below it, Δ: the paired difference against {0} [its 95% interval]. "
            + "✱ marks a finding: significant at the 5% level after Holm's correction for all comparisons of the study, and at least {1:0.#}% of the reference value ({2} for shares). "
            + "An interval end marked * was clipped to the metric's physical range (nothing below 0, shares at most 1).",
        ["findings_summary"] =
            "{0} comparisons against the reference were tested together; {1} are significant at the 5% level after Holm's correction, "
            + "of which {2} are negligible (below {4:0.#}% of the reference value, or {5} for shares). The {3} findings, largest first within each configuration:",
        ["hour"] = "Hour of run (h)",
        ["mean_ci"] = "mean ± 95% interval",
        ["ts.utilization"] = "Utilization (share, 0 to 1)",
        ["warmup"] = "warm-up (not measured)",
        ["clipped"] = "(intervals clipped to the metric's range)",
        ["ts.it_power_kw"] = "IT power (kW)",
        ["ts.queue_length"] = "Jobs waiting",
        ["ts.price"] = "Price",
        ["variant"] = "Variant",
        ["metric"] = "Metric",
        ["mean"] = "Mean",
        ["ci95"] = "95% interval",
        ["difference"] = "Difference vs reference",
        ["diff_ci95"] = "95% interval of the difference",
        ["settings"] = "Settings",
        ["none"] = "(base scenario)",
        ["util_vs_cost"] = "Utilization against energy cost",
        ["energy_cost"] = "Energy cost (yuan)",
        ["category_hours"] = "Chip-hours by tenant category",
        ["chip_hours"] = "Chip-hours",
        ["vouchers"] = "Voucher flows",
        ["center_utilization"] = "Utilization by center",
        ["center_carbon"] = "Carbon by center (kg CO2)",
        ["link_data"] = "Data carried by each wide-area link (TB)",
        ["share"] = "Share (0 to 1)",
        ["yuan"] = "Yuan",
        ["sweep_of"] = "Sweep",
        ["sec.summary"] = "At a glance",
        ["sec.method"] = "How the numbers were made",
        ["sec.results"] = "Results by metric",
        ["sec.plots"] = "Plots",
        ["sec.glossary"] = "What each metric means",
        ["sec.scenario"] = "The scenario",
        ["generated"] = "Produced by CenterSim from the scenario below; the same scenario and seed give the same numbers.",
        ["kind.single"] = "one configuration",
        ["kind.variants"] = "a base scenario and its variants",
        ["kind.sweep"] = "a sweep over",
        ["arms"] = "Configurations",
        ["replications"] = "Replications per configuration",
        ["seed"] = "Seed",
        ["reference"] = "Reference (differences are measured against it)",
        ["significant"] = "Differences whose 95% interval excludes zero",
        ["no_significant"] = "No difference is distinguishable from noise at the 95% level.",
        ["higher"] = "higher",
        ["lower"] = "lower",
        ["than"] = "than",
        ["by"] = "by",
        ["method"] =
            "Each configuration was simulated several times (replications). Replication r of every configuration uses the same random numbers "
            + "(common random numbers), so the configurations face exactly the same arrivals and job sizes and their differences come from the "
            + "policies and settings alone. The time before the warm-up point is not measured, so the empty start-up of the center does not bias "
            + "the averages. For every metric the table shows the average over replications and a 95% confidence interval (Student t with n-1 "
            + "degrees of freedom: mean ± t·s/√n): if the study were repeated many times, 95% of such intervals would contain the true long-run "
            + "value. The difference against the reference is computed replication by replication (a paired comparison) and tested with a paired t-test. "
            + "A study makes many comparisons at once, so the p-values are adjusted with Holm's method: the chance that any reported finding is due to "
            + "chance alone stays below 5%. Differences smaller than the practical threshold are not called findings; they remain in the full tables.",
        ["precision"] = "Replications were added until the 95% interval of {0} was narrower than ±{1}% of its mean in every configuration (at most {2}).",
        ["constant"] = "Metrics with the same value in every run are listed in the tables but not plotted; per-metric charts are drawn for the headline metrics and for metrics with a finding.",
    };

    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["title"] = "实验报告",
        ["toc"] = "目录",
        ["sec.findings"] = "主要发现",
        ["show_scenario"] = "显示场景文件",
        ["more_plots"] = "另外 {0} 张图（plots/ 中的文件，PNG 和 SVG）",
        ["all_metrics"] = "全部 {0} 个指标",
        ["more_findings"] = "另外 {0} 项发现（其余各项，以及各中心、各链路指标）",
        ["holm_p"] = "Holm 校正 p 值",
        ["headline_note"] =
            "每格：各次重复的均值 [95% 置信区间]；其下 Δ 为与 {0} 的配对差值 [其 95% 置信区间]。"
            + "✱ 表示一项发现：对本实验全部比较作 Holm 校正后在 5% 水平显著，且不小于参照值的 {1:0.#}%（比例类指标为 {2}）。"
            + "标 * 的区间端点已截断到指标的物理范围（不低于 0，比例不超过 1）。",
        ["findings_summary"] =
            "与参照方案的 {0} 项比较一并检验；Holm 校正后在 5% 水平显著的有 {1} 项，"
            + "其中 {2} 项可忽略（小于参照值的 {4:0.#}%，比例类指标小于 {5}）。以下为 {3} 项发现，每个配置内按变化幅度从大到小：",
        ["hour"] = "运行时间（小时）",
        ["mean_ci"] = "均值 ± 95% 置信区间",
        ["ts.utilization"] = "利用率（比例，0 到 1）",
        ["warmup"] = "预热期（不计入统计）",
        ["clipped"] = "（区间已截断到指标的取值范围）",
        ["ts.it_power_kw"] = "IT 功率（千瓦）",
        ["ts.queue_length"] = "排队作业数",
        ["ts.price"] = "价格",
        ["variant"] = "方案",
        ["metric"] = "指标",
        ["mean"] = "均值",
        ["ci95"] = "95% 置信区间",
        ["difference"] = "与参照方案之差",
        ["diff_ci95"] = "差值的 95% 置信区间",
        ["settings"] = "设置",
        ["none"] = "（基准场景）",
        ["util_vs_cost"] = "利用率与电费",
        ["energy_cost"] = "电费（元）",
        ["category_hours"] = "各类租户的卡时",
        ["chip_hours"] = "卡时",
        ["vouchers"] = "算力券流向",
        ["center_utilization"] = "各算力中心利用率",
        ["center_carbon"] = "各算力中心碳排放（千克 CO2）",
        ["link_data"] = "各广域链路承载数据量（TB）",
        ["share"] = "比例（0 到 1）",
        ["yuan"] = "元",
        ["sweep_of"] = "参数扫描",
        ["sec.summary"] = "要点",
        ["sec.method"] = "数字是怎样得出的",
        ["sec.results"] = "各指标结果",
        ["sec.plots"] = "图表",
        ["sec.glossary"] = "指标含义",
        ["sec.scenario"] = "场景文件",
        ["generated"] = "由 CenterSim 根据下面的场景生成；相同的场景和随机种子得到相同的数字。",
        ["kind.single"] = "单一配置",
        ["kind.variants"] = "基准场景及其变体",
        ["kind.sweep"] = "参数扫描：",
        ["arms"] = "配置",
        ["replications"] = "每个配置的重复次数",
        ["seed"] = "随机种子",
        ["reference"] = "参照方案（差值相对于它计算）",
        ["significant"] = "95% 置信区间不含零的差异",
        ["no_significant"] = "在 95% 置信水平下，没有与随机波动可区分的差异。",
        ["higher"] = "高于",
        ["lower"] = "低于",
        ["than"] = "",
        ["by"] = "，差值",
        ["method"] =
            "每个配置都独立模拟多次（重复）。所有配置的第 r 次重复使用相同的随机数（公共随机数），因此各配置面对完全相同的作业到达和作业规模，"
            + "差异只来自策略和设置本身。预热期之前的时间不计入统计，避免中心刚启动时空载对平均值的影响。每个指标给出各次重复的平均值和 95% 置信区间"
            + "（自由度为 n-1 的 t 分布：均值 ± t·s/√n）：若把整个实验重复很多次，95% 的这种区间会包含真实的长期值。与参照方案的差值逐次重复配对计算"
            + "（配对比较），并作配对 t 检验。一次实验同时作很多比较，因此用 Holm 方法校正 p 值：报告的发现中任何一项纯属偶然的概率低于 5%。"
            + "小于实用阈值的差异不列为发现，仍保留在完整表格中。",
        ["precision"] = "不断增加重复次数，直到每个配置中 {0} 的 95% 置信区间半宽小于其均值的 {1}%（最多 {2} 次）。",
        ["constant"] = "在所有运行中取值相同的指标只列在表中，不作图；单项指标图只为主要指标和有发现的指标绘制。",
    };
}
