using YamlDotNet.Core;

namespace CenterSim.Scenarios.Tree;

/// <summary>A limit of <see cref="InputLimits"/> was passed while reading: the document is refused at <see cref="At"/>.</summary>
internal sealed class InputLimitException(Mark at, string message) : Exception(message)
{
    public Mark At { get; } = at;
}
