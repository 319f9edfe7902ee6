using System.ComponentModel;
using CenterSim.Classroom;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim serve`: the classroom web app on 127.0.0.1 until Ctrl+C (docs/classroom.md).</summary>
public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("port on 127.0.0.1 (default 5000; 0 picks a free one)")]
        public int Port { get; init; } = 5000;

        [CommandOption("--lessons <DIR>")]
        [Description("folder of the lessons' scenarios (default scenarios/classroom)")]
        public string Lessons { get; init; } = Path.Combine("scenarios", "classroom");

        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error("--port must be between 0 and 65535") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var missing = LessonCatalog.All.Where(l => !File.Exists(Path.Combine(settings.Lessons, l.File))).Select(l => $"{Path.Combine(settings.Lessons, l.File)}:1:1: file not found").ToList();
        if (missing.Count > 0)
        {
            throw new BadInputException(missing);
        }
        ClassroomServer.Serve(settings.Lessons, settings.Port, url => Console.WriteLine($"classroom: {url} (Ctrl+C to stop)"));
        return 0;
    }
}
