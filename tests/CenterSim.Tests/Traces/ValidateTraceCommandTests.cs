using CenterSim.Cli;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Traces;

public class ValidateTraceCommandTests
{
    [Fact]
    public void Bad_trace_files_surface_every_reader_diagnostic()
    {
        using var nodes = new TempCsv("nodes.csv", "sn,cpu_milli,memory_mib,gpu,model", "n1,-5,1,1,G2");
        using var pods = new TempCsv("pods.csv", "name,cpu_milli,memory_mib,num_gpu,gpu_milli", "p1,1,1,1,2000");
        var e = Assert.Throws<BadInputException>(() => TestCli.App().Run(new[] { "validate-trace", "--nodes", nodes.Path, "--pods", pods.Path, "--out", Path.GetTempPath() }));

        Assert.Equal(new[]
        {
            $"{nodes.Path}:2: column 'cpu_milli' must be an integer in [0, {long.MaxValue}], got '-5'",
            $"{pods.Path}:2: column 'gpu_milli' must be an integer in [0, 1000], got '2000'",
        }, e.Messages);
    }
}
