using System.Collections.Concurrent;
using OmniOS.Styles.Css;
using OmniOS.Styles.Editing;
using OmniOS.Styles.Tailwind;
using OmniOS.Styles.Tailwind.Utilities;
using OmniOS.Styles.Tailwind.Variants;
using OmniOS.Styles.Theme;

namespace OmniOS.Styles;

/// <summary>
/// Tailwind v4 for one theme (the default one, or a project's <c>@theme</c> on top of it): class → CSS, CSS → class,
/// static CSS. Thread-safe; lookups are cached, so hover and completion stay well under a millisecond.
/// </summary>
public sealed class TailwindStyles
{
    private const int CacheLimit = 50_000;

    private readonly ClassResolver _resolver;
    private readonly ConcurrentDictionary<string, ClassStyle?> _cache = new(StringComparer.Ordinal);
    private readonly Lazy<(ClassWriter Writer, ClassEditPlanner Planner)> _editing;

    public TailwindStyles(TailwindTheme theme)
    {
        Theme = theme;
        _resolver = new ClassResolver(new UtilityTable(theme), new VariantTable(theme));
        _editing = new(() =>
        {
            var index = new ClassIndex(this);
            var writer = new ClassWriter(this, index);
            var breakpoints = _resolver.Variants.Breakpoints.ToDictionary(b => b.Name, b => CssLength.TryToPixels(b.Width, out var px) ? px : double.MaxValue, StringComparer.Ordinal);
            return (writer, new ClassEditPlanner(this, writer, index, new VariantScope(breakpoints)));
        });
    }

    /// <summary>Tailwind with its default theme.</summary>
    public static TailwindStyles Default { get; } = new(TailwindTheme.Default);

    /// <summary>Tailwind with the default theme extended by a project's CSS (its <c>@theme</c> blocks and <c>@custom-variant</c>s).</summary>
    public static TailwindStyles FromCss(string css) => new(TailwindTheme.FromCss(css));

    public TailwindTheme Theme { get; }

    internal ClassResolver Resolver => _resolver;

    /// <summary>What a class means, or null when Tailwind would generate nothing for it (an unknown class).</summary>
    public ClassStyle? Resolve(string className)
    {
        if (_cache.TryGetValue(className, out var cached))
            return cached;
        var style = _resolver.Resolve(className);
        if (_cache.Count >= CacheLimit)
            _cache.Clear();
        _cache[className] = style;
        return style;
    }

    /// <summary>
    /// The stylesheet for a set of classes (static export, previews): their rules in Tailwind's order, media queries
    /// for breakpoint and other at-rule variants, with unknown classes listed apart.
    /// </summary>
    public StyleSheet Generate(IEnumerable<string> classNames) => CssGenerator.Generate(classNames, Resolve, Theme);

    /// <summary>
    /// The class that sets <paramref name="property"/> (CSS or camelCase name) to <paramref name="value"/> at a variant
    /// (<c>md</c>, <c>md:hover</c>, or none): <c>ClassFor("padding", "24px")</c> → <c>p-6</c>, <c>ClassFor("flexDirection",
    /// "row", "md")</c> → <c>md:flex-row</c>, <c>ClassFor("padding", "23px")</c> → <c>p-[23px]</c>.
    /// </summary>
    public string ClassFor(string property, string value, string? variant = null)
    {
        var variants = VariantScope.Split(variant);
        var utility = _editing.Value.Writer.Write([CssProperty.Name(property)], value);
        return variants.Count == 0 ? utility : string.Join(':', variants) + ":" + utility;
    }

    /// <summary>
    /// The class edits that set <paramref name="property"/> to <paramref name="value"/> (null or empty: remove it) on an
    /// element with these classes, at a variant: the classes that set it there are replaced, box sides are merged into
    /// shorthands where they agree, other variants and unknown classes are kept.
    /// </summary>
    public ClassEdit EditFor(IReadOnlyList<string> classes, string property, string? value, string? variant = null) =>
        _editing.Value.Planner.Plan(classes, property, value, variant);
}
