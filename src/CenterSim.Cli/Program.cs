using CenterSim.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("centersim");
    config.PropagateExceptions();
    CommandTable.Register(config);
});

try
{
    return app.Run(args);
}
catch (Exception e)
{
    return FailureReport.Write(e, Console.Error);
}
