using System.Collections.Concurrent;
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

    public TailwindStyles(TailwindTheme theme)
    {
        Theme = theme;
        _resolver = new ClassResolver(new UtilityTable(theme), new VariantTable(theme));
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
}
