using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Css;

/// <summary>
/// The classes a project's stylesheets define for its pages besides Tailwind's utilities: the classes their selectors
/// name and their <c>@utility</c>s (which take Tailwind's variants: <c>hover:btn</c>, <c>md:tab-4</c> for <c>tab-*</c>).
/// </summary>
public sealed class StylesheetClasses
{
    private readonly Dictionary<string, string> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _utilities = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Sheet)> _functional = [];

    /// <param name="sheets">Each stylesheet's path (as it should be shown) and outline; the first to define a name is the one named.</param>
    public StylesheetClasses(IEnumerable<(string Path, StylesheetOutline Outline)> sheets)
    {
        foreach (var (path, outline) in sheets)
        {
            foreach (var name in outline.Classes)
                _classes.TryAdd(name, path);
            foreach (var utility in outline.Utilities)
            {
                if (utility.EndsWith("-*", StringComparison.Ordinal))
                    _functional.Add((utility[..^1], path));
                else
                    _utilities.TryAdd(utility, path);
            }
        }
    }

    public static StylesheetClasses Empty { get; } = new([]);

    /// <summary>The stylesheet that defines <paramref name="className"/>, or null when none does.</summary>
    public string? DefinedIn(string className)
    {
        if (_classes.TryGetValue(className, out var sheet))
            return sheet;
        if (!ClassSyntax.TrySplitVariants(className, out _, out var utility, out _))
            return null;
        if (_utilities.TryGetValue(utility, out sheet))
            return sheet;
        return _functional.Where(f => utility.Length > f.Prefix.Length && utility.StartsWith(f.Prefix, StringComparison.Ordinal)).Select(f => f.Sheet).FirstOrDefault();
    }
}
