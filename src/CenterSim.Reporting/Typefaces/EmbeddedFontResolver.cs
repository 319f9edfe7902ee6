using ScottPlot;
using SkiaSharp;

namespace CenterSim.Reporting.Typefaces;

/// <summary>
/// Gives ScottPlot the font shipped inside this assembly when a plot asks for <see cref="CjkFamily"/>,
/// so Chinese labels render as Chinese (not boxes) on machines without any CJK font installed.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family name plots use for Chinese text.</summary>
    public const string CjkFamily = "CenterSim CJK";

    private const string Resource = "CenterSim.Reporting.Typefaces.wqy-microhei.ttc";

    private static readonly Lazy<byte[]> Data = new(() =>
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"resource {Resource} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Adds the resolver to ScottPlot once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                ScottPlot.Fonts.FontResolvers.Add(new EmbeddedFontResolver());
                _registered = true;
            }
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == CjkFamily ? SKTypeface.FromData(SKData.CreateCopy(Data.Value)) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, false, false);
}
