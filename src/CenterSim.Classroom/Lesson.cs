namespace CenterSim.Classroom;

/// <summary>A lesson: a scenario of scenarios/classroom, its title in English and Chinese, and the what-if sliders it offers.</summary>
public sealed record Lesson(string Name, string File, string TitleEn, string TitleZh, IReadOnlyList<Slider> Sliders);
