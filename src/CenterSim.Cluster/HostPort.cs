using System.Globalization;

namespace CenterSim.Cluster;

/// <summary>A node address as typed on the command line: <c>HOST:PORT</c>.</summary>
public sealed record HostPort(string Host, int Port)
{
    public static bool TryParse(string? text, out HostPort? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }
        if (!int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return false;
        }
        value = new HostPort(text[..colon], port);
        return true;
    }

    public static HostPort Parse(string text) =>
        TryParse(text, out var value) ? value! : throw new ClusterUnavailableException($"'{text}' is not a cluster address; expected HOST:PORT such as 127.0.0.1:4053");

    /// <summary>The Akka address of the node's actor system.</summary>
    public string AkkaAddress => $"akka.tcp://{ClusterConfig.SystemName}@{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
