namespace OmniOS.Styles.Tailwind;

/// <summary>
/// Every utility and variant name for one theme, sorted, for completion: a binary search finds the names that start
/// with what is typed.
/// </summary>
internal sealed class ClassCatalog
{
    private readonly string[] _utilities;
    private readonly string[] _variants;

    public ClassCatalog(ClassResolver resolver)
    {
        _utilities = resolver.Utilities.CandidateNames().Distinct(StringComparer.Ordinal).Where(n => resolver.Utilities.Compile(n) is not null).Order(StringComparer.Ordinal).ToArray();
        _variants = resolver.Variants.Names.Distinct(StringComparer.Ordinal).Where(v => resolver.Variants.Resolve(v) is not null).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Up to <paramref name="limit"/> completions of a partly typed class (<c>md:bg-re</c>): classes first, then variants,
    /// which keep up to a quarter of the places when there are more classes than fit (so <c>h</c> offers <c>hover:</c>);
    /// with nothing typed after the variants, no negative utility.
    /// </summary>
    public List<ClassCompletion> Complete(string typed, int limit)
    {
        var colon = LastTopLevelColon(typed);
        var variants = colon < 0 ? "" : typed[..(colon + 1)];
        var word = typed[(colon + 1)..];
        var variantNames = word.StartsWith('-') ? [] : StartingWith(_variants, word).Take(Math.Max(limit / 4, 1)).ToList();
        // Negative utilities are offered once a '-' is typed, not ahead of everything else.
        var classNames = StartingWith(_utilities, word).Where(name => word.Length > 0 || !name.StartsWith('-')).Take(limit).ToList();
        var results = new List<ClassCompletion>(limit);
        results.AddRange(classNames.Take(limit - variantNames.Count).Select(name => new ClassCompletion(variants + name, false)));
        results.AddRange(variantNames.Select(name => new ClassCompletion(variants + name + ":", true)));
        return results;
    }

    private static IEnumerable<string> StartingWith(string[] sorted, string prefix)
    {
        var index = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index; i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            yield return sorted[i];
    }

    /// <summary>The index of the last colon outside brackets and parentheses, or -1.</summary>
    internal static int LastTopLevelColon(string text)
    {
        var depth = 0;
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '[' or '(')
                depth++;
            else if (text[i] is ']' or ')')
                depth--;
            else if (text[i] == ':' && depth == 0)
                found = i;
        }
        return found;
    }
}
