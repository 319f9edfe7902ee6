using System.ComponentModel;
using CenterSim.Classroom;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim replay FILE --out DIR`: runs a scenario with its events recorded and writes one offline page that plays them back.</summary>
public sealed class ReplayCommand : Command<ReplayCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("scenario YAML file")]
        public string File { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("folder for replay.html (default results/classroom/<scenario name>)")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var name = Path.GetFileNameWithoutExtension(settings.File);
        if (!System.IO.File.Exists(settings.File))
        {
            throw new BadInputException($"{settings.File}:1:1: file not found");
        }
        var lesson = LessonCatalog.All.FirstOrDefault(l => l.File == Path.GetFileName(settings.File));
        var title = lesson is null ? name : lesson.TitleEn + " / " + lesson.TitleZh;
        var (playback, errors) = LessonRunner.RunFile(settings.File, name, title, Array.Empty<KeyValuePair<string, string>>());
        if (playback is null)
        {
            throw new BadInputException(errors);
        }
        var dir = settings.Out ?? Path.Combine("results", "classroom", name);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "replay.html");
        var temp = path + ".tmp";
        System.IO.File.WriteAllText(temp, PageAssets.Page(playback));
        System.IO.File.Move(temp, path, overwrite: true);
        Console.WriteLine($"replay: {playback.Events.Count} events in {path}");
        return 0;
    }
}
