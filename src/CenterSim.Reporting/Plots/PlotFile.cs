namespace CenterSim.Reporting.Plots;

/// <summary>One rendered chart: base file name (without extension), caption, PNG bytes and SVG text.</summary>
public sealed record PlotFile(string Name, string Caption, byte[] Png, string Svg);
