using OmniOS.Styles.Css;

namespace OmniOS.Styles.Editing;

/// <summary>
/// Which variants are in force where the canvas edits: at <c>md</c>, the classes without variants and those at
/// <c>sm</c> and <c>md</c> apply (min-width breakpoints up to the frame's), <c>lg:</c> and <c>hover:</c> do not.
/// </summary>
internal sealed class VariantScope(IReadOnlyDictionary<string, double> breakpoints)
{
    /// <summary>A variant text (<c>md</c>, <c>md:hover</c>, <c>md:</c>, empty) as a list.</summary>
    public static IReadOnlyList<string> Split(string? variant) =>
        string.IsNullOrWhiteSpace(variant) ? [] : variant.Trim().TrimEnd(':').Split(':', StringSplitOptions.RemoveEmptyEntries);

    public static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Whether classes with <paramref name="variants"/> apply wherever <paramref name="target"/> does, without being at it.</summary>
    public bool AppliesWithin(IReadOnlyList<string> variants, IReadOnlyList<string> target)
    {
        if (Same(variants, target))
            return false;
        var targetWidth = target.Select(Width).Where(w => w is not null).Select(w => w!.Value).DefaultIfEmpty(double.NaN).Max();
        foreach (var variant in variants)
        {
            if (Width(variant) is { } width)
            {
                if (double.IsNaN(targetWidth) || width > targetWidth)
                    return false;
            }
            else if (!target.Contains(variant))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The min-width of a breakpoint variant (<c>md</c>, <c>min-md</c>, <c>min-[500px]</c>) in pixels, else null.</summary>
    private double? Width(string variant)
    {
        var name = variant.StartsWith("min-", StringComparison.Ordinal) ? variant[4..] : variant;
        if (breakpoints.TryGetValue(name, out var pixels))
            return pixels;
        return name.StartsWith('[') && name.EndsWith(']') && CssLength.TryToPixels(name[1..^1], out var arbitrary) ? arbitrary : null;
    }
}
