namespace CenterSim.Tests.Engine;

/// <summary>Tests that measure the whole process (its memory) and so must run while nothing else does.</summary>
[CollectionDefinition(nameof(SerialCollection), DisableParallelization = true)]
public sealed class SerialCollection
{
}
