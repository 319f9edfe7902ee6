namespace CenterSim.Policies.Capacity;

/// <summary>A capacity rule's counters at the start and end of the measurement window, and its length in seconds.</summary>
public readonly record struct CounterWindow(IReadOnlyList<double> Start, IReadOnlyList<double> End, double Seconds)
{
    public double Delta(int counter) =>
        (counter < End.Count ? End[counter] : 0) - (counter < Start.Count ? Start[counter] : 0);
}
