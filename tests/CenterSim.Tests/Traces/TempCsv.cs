namespace CenterSim.Tests.Traces;

/// <summary>A CSV file the test writes into its own temp folder and deletes afterwards.</summary>
public sealed class TempCsv : IDisposable
{
    private readonly string _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "centersim-traces-" + Guid.NewGuid().ToString("N"));

    public TempCsv(string name, params string[] lines)
    {
        Directory.CreateDirectory(_dir);
        Path = System.IO.Path.Combine(_dir, name);
        File.WriteAllText(Path, string.Join("\n", lines) + "\n");
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
