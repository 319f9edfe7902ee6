namespace CenterSim.Classroom;

/// <summary>The classroom's lessons, in teaching order (docs/classroom.md has the notes for each).</summary>
public static class LessonCatalog
{
    private static Slider Price(double v) => new("policies.pricing.yuan_per_chip_hour", "price, yuan per chip-hour", "价格（元/卡时）", 2, 20, 1, v);

    private static Slider Racks(double v) => new("centers.0.racks.count", "racks", "机柜数", 1, 8, 1, v);

    public static IReadOnlyList<Lesson> All { get; } = new[]
    {
        new Lesson("unfinished-building", "unfinished-building.yaml", "A digital unfinished building: expensive chips, little demand", "“数字烂尾楼”：昂贵的芯片，稀少的需求",
            new[] { Price(10), Racks(4) }),
        new Lesson("well-run-center", "well-run-center.yaml", "The same center, well run: enough paying demand", "同一个中心，经营得当：付费需求充足",
            new[] { Price(10), Racks(4) }),
        new Lesson("vouchers", "vouchers.yaml", "Compute vouchers: who gets compute?", "算力券：谁用上了算力？",
            new[]
            {
                Price(10),
                new Slider("market.vouchers.share", "voucher share of the bill", "算力券抵扣比例", 0, 0.9, 0.05, 0.5),
                new Slider("market.vouchers.pool_yuan_per_year", "voucher pool, yuan per year", "算力券资金池（元/年）", 0, 20_000_000, 500_000, 4_000_000),
            }),
        new Lesson("power-cap", "power-cap.yaml", "A power cap: racks throttle", "功率上限：机柜降频",
            new[] { new Slider("infrastructure.power.rack_cap_kw", "rack power cap, kW", "机柜功率上限（千瓦）", 8, 24, 1, 16), Price(10), Racks(4) }),
        new Lesson("east-to-west", "east-to-west.yaml", "East to west: the broker sends jobs to cheaper western chips", "东数西算：调度器把任务送往更便宜的西部算力",
            new[]
            {
                new Slider("centers.1.pricing.yuan_per_chip_hour", "western price, yuan per chip-hour", "西部价格（元/卡时）", 4, 14, 1, 8),
                new Slider("centers.1.racks.count", "western racks", "西部机柜数", 1, 6, 1, 3),
            }),
    };

    public static Lesson? Find(string name) => All.FirstOrDefault(l => l.Name == name);
}
