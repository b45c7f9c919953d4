namespace OmniOS.Design.Source;

/// <summary>Where two texts differ: what they share at their ends.</summary>
internal static class TextDifference
{
    /// <summary>Characters compared at once while the ends agree: a whole file's text is compared after every edit.</summary>
    private const int Block = 64;

    /// <summary>How many characters <paramref name="a"/> and <paramref name="b"/> share at their ends.</summary>
    public static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var most = Math.Min(a.Length, b.Length);
        var suffix = 0;
        while (suffix + Block <= most && a[^(suffix + Block)..^suffix].SequenceEqual(b[^(suffix + Block)..^suffix]))
            suffix += Block;
        while (suffix < most && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        return suffix;
    }
}
