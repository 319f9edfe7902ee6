using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using CenterSim.Model.Results;

namespace CenterSim.Cluster;

/// <summary>
/// Puts a RunResult on the wire and back exactly: System.Text.Json writes every double in its shortest
/// round-trip form (NaN for times that never came is allowed as a named literal), then gzip.
/// Decoding gives a result whose every field is equal to the original's, so files written from it
/// are byte-identical.
/// </summary>
public static class RunResultCodec
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        IncludeFields = false,
    };

    public static byte[] Encode(RunResult result)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, result, Options);
        }
        return buffer.ToArray();
    }

    public static RunResult Decode(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<RunResult>(zip, Options)
            ?? throw new InvalidDataException("a cluster node sent an empty run result");
    }
}
