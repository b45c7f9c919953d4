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
    private readonly ConcurrentDictionary<string, ClassColor?> _colors = new(StringComparer.Ordinal);
    private int _cached;
    private readonly Lazy<(ClassWriter Writer, ClassEditPlanner Planner)> _editing;
    private readonly Lazy<ClassCatalog> _catalog;
    private readonly Lazy<Dictionary<string, string>> _colorNames;
    private readonly Lazy<ThemeScales> _scales;

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
        _catalog = new(() => new ClassCatalog(_resolver));
        _colorNames = new(() => ColorNames(theme));
        _scales = new(() => ThemeScales.Of(this));
    }

    /// <summary>Tailwind with its default theme.</summary>
    public static TailwindStyles Default { get; } = new(TailwindTheme.Default);

    /// <summary>Tailwind with the default theme extended by a project's CSS (its <c>@theme</c> blocks and <c>@custom-variant</c>s).</summary>
    public static TailwindStyles FromCss(string css) => new(TailwindTheme.FromCss(css));

    public TailwindTheme Theme { get; }

    internal ClassResolver Resolver => _resolver;

    /// <summary>The theme's palette and scales (colours, spacing, type, radii, shadows, breakpoints) for the inspector's controls.</summary>
    public ThemeScales Scales => _scales.Value;

    /// <summary>
    /// Builds now what the inspector's scales, completion and CSS → class otherwise build on first use (a few hundred
    /// milliseconds for a theme): a host calls it in the background when it loads a project's theme, so neither the
    /// canvas nor a keystroke waits for it.
    /// </summary>
    public void Prepare()
    {
        _ = _scales.Value;
        _ = _catalog.Value;
        _ = _editing.Value;
    }

    /// <summary>What a class means, or null when Tailwind would generate nothing for it (an unknown class).</summary>
    public ClassStyle? Resolve(string className)
    {
        if (_cache.TryGetValue(className, out var cached))
            return cached;
        var style = _resolver.Resolve(className);
        // ConcurrentDictionary.Count takes every lock; a counter keeps the size check cheap.
        if (Interlocked.Increment(ref _cached) > CacheLimit)
        {
            _cache.Clear();
            _colors.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        _cache[className] = style;
        return style;
    }

    /// <summary>A class's CSS as a hover shows it (its rules with every variable resolved), or null for an unknown class.</summary>
    public string? Describe(string className) => Resolve(className) is { } style ? CssGenerator.Describe(style) : null;

    /// <summary>Each class resolved, in order, and the classes Tailwind would generate nothing for, kept and reported apart.</summary>
    public ResolvedClasses ResolveAll(IEnumerable<string> classNames)
    {
        var known = new List<ClassStyle>();
        var unknown = new List<string>();
        foreach (var name in classNames)
        {
            if (Resolve(name) is { } style)
                known.Add(style);
            else
                unknown.Add(name);
        }
        return new ResolvedClasses(known, unknown);
    }

    /// <summary>
    /// The pairs of classes that set the same property under the same variants to different values (<c>p-4 p-6</c>),
    /// for a diagnostic; Tailwind's own composition (<c>shadow-md ring-2</c>, <c>translate-x-4 translate-y-2</c>) is no conflict.
    /// </summary>
    public IReadOnlyList<ClassConflict> Conflicts(IEnumerable<string> classNames)
    {
        var setters = new Dictionary<string, (ClassStyle Style, string Value)>(StringComparer.Ordinal);
        var conflicts = new List<ClassConflict>();
        foreach (var style in ResolveAll(classNames.Distinct(StringComparer.Ordinal)).Known.OrderBy(s => s.Order))
        {
            foreach (var rule in style.Rules)
            {
                var place = string.Join('\n', rule.Wrappers);
                foreach (var declaration in rule.Raw)
                {
                    if (!declaration.IsCustomProperty && declaration.Value.Contains("var(--tw-", StringComparison.Ordinal)
                        || declaration.IsCustomProperty && declaration.Property.EndsWith("-reverse", StringComparison.Ordinal))
                        continue;
                    var key = place + "\n" + declaration.Property;
                    if (setters.TryGetValue(key, out var earlier) && earlier.Style != style && earlier.Value != declaration.Text)
                        conflicts.Add(new ClassConflict(earlier.Style.ClassName, style.ClassName, declaration.Property));
                    setters[key] = (style, declaration.Text);
                }
            }
        }
        return conflicts.DistinctBy(c => (c.Loser, c.Winner)).ToList();
    }

    /// <summary>The colour a class sets (text, background, border, outline, decoration, ring, shadow colours), or null.</summary>
    public ClassColor? ColorOf(string className)
    {
        if (_colors.TryGetValue(className, out var cached))
            return cached;
        var color = FindColor(className);
        // Kept as long as the lookups themselves (the two caches are emptied together).
        if (_cache.ContainsKey(className))
            _colors[className] = color;
        return color;
    }

    private ClassColor? FindColor(string className)
    {
        if (Resolve(className) is not { } style)
            return null;
        foreach (var rule in style.Rules)
        {
            foreach (var declaration in rule.Declarations)
            {
                if (IsColorProperty(declaration.Property) && CssColor.TryParse(declaration.Value, out var color))
                    return new ClassColor(declaration.Property, color);
            }
            var local = rule.Raw.Where(d => d.IsCustomProperty).GroupBy(d => d.Property).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            foreach (var custom in rule.Raw.Where(d => d.IsCustomProperty))
            {
                if (CssColor.TryParse(ClassResolver.ResolveValue(custom.Property, custom.Value, local), out var color))
                    return new ClassColor(custom.Property, color);
            }
        }
        return null;
    }

    /// <summary>
    /// The class that sets <paramref name="color"/> where <paramref name="className"/> (a colour class) sets its colour:
    /// the same variants, <c>!</c> and utility root (<c>hover:ring-blue-500</c> + #fb2c36 → <c>hover:ring-red-500</c>),
    /// a theme colour when one matches (with an opacity modifier for a translucent colour), else an arbitrary value
    /// (<c>bg-[#00aaff]</c>). Null when the class sets no colour.
    /// </summary>
    public string? Recolor(string className, CssColor color)
    {
        if (Resolve(className) is not { } style || ColorOf(className) is not { } current)
            return null;
        var at = className.LastIndexOf(style.Utility, StringComparison.Ordinal);
        var (before, after) = at < 0 ? ("", "") : (className[..at], className[(at + style.Utility.Length)..]);
        var hex = color.ToHex();
        var values = new List<string>();
        if (_colorNames.Value.TryGetValue(color.WithAlpha(1).ToHex(), out var name))
            values.Add(color.A >= 1 ? name : $"{name}/{CssValues.FormatNumber(Math.Round(color.A * 100))}");
        values.Add($"[{hex}]");
        var head = style.Utility.Split('[', '(')[0];
        for (var dash = head.IndexOf('-'); dash > 0; dash = head.IndexOf('-', dash + 1))
        {
            foreach (var value in values)
            {
                var candidate = head[..dash] + "-" + value;
                if (ColorOf(candidate) is { } found && found.Property == current.Property && found.Color.ToHex() == hex)
                    return before + candidate + after;
            }
        }
        return null;
    }

    /// <summary>
    /// Why Tailwind generates nothing for a class that looks like one of its own: an unknown variant, a known utility
    /// root with a value it does not take (<c>bg-blu-500</c>), or known variants on an unknown utility. Null for a
    /// known class, for Tailwind's marker classes (<c>group</c>, <c>peer/name</c>), and for a class that does not look
    /// like Tailwind's (<c>btn-primary</c>, <c>Toastify__toast</c>, <c>col--6</c>, a bare <c>col</c>: another library's or the
    /// project's own).
    /// </summary>
    public UnknownClass? Diagnose(string className)
    {
        if (IsMarker(className) || Resolve(className) is not null || !ClassSyntax.TrySplitVariants(className, out var variants, out var utility, out _))
            return null;
        if (variants.FirstOrDefault(v => _resolver.Variants.Resolve(v) is null) is { } unknownVariant)
            return new UnknownClass(className, UnknownClassReason.UnknownVariant, unknownVariant);
        if (_resolver.Utilities.Compile(utility) is not null)
            return new UnknownClass(className, UnknownClassReason.InvalidCombination, utility);
        // Tailwind's names are lower case, never BEM's `__` or `--` (outside a value in brackets), and a root alone
        // (`col`, `row`) is more often another library's class than a Tailwind utility missing its value.
        var outsideBrackets = utility.TrimStart('-').Split('[', '(')[0];
        var looksLikeTailwind = !outsideBrackets.Any(char.IsUpper) && !outsideBrackets.Contains("__", StringComparison.Ordinal) && !outsideBrackets.Contains("--", StringComparison.Ordinal);
        if (looksLikeTailwind && _resolver.Utilities.FunctionalRootOf(utility) is { } root && (variants.Count > 0 || utility.TrimStart('-') != root))
            return new UnknownClass(className, UnknownClassReason.UnknownValue, root);
        return variants.Count > 0 ? new UnknownClass(className, UnknownClassReason.UnknownUtility, utility) : null;
    }

    /// <summary>
    /// The known class closest to a mistyped one: the same variants and a utility at most two edits away
    /// (<c>hover:bg-blu-500</c> → <c>hover:bg-blue-500</c>), or null when none is that close.
    /// </summary>
    public string? Suggest(string className)
    {
        if (!ClassSyntax.TrySplitVariants(className, out var variants, out var utility, out _) || utility.Length < 3)
            return null;
        var prefix = variants.Count == 0 ? "" : string.Join(':', variants) + ":";
        var start = _resolver.Utilities.FunctionalRootOf(utility) is { } root ? root : utility[..2];
        var allowed = utility.Length < 8 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var completion in _catalog.Value.Complete(start, 5000))
        {
            var distance = EditDistance(utility, completion.Label, allowed);
            if (!completion.IsVariant && distance <= allowed && distance < bestDistance)
                (best, bestDistance) = (completion.Label, distance);
        }
        return best is null ? null : prefix + best;
    }

    /// <summary>The Levenshtein distance between two strings, or <paramref name="limit"/> + 1 once it is sure to exceed it.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit)
                return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Tailwind's marker classes, which generate no CSS of their own: <c>group</c> and <c>peer</c>, optionally named (<c>group/card</c>).</summary>
    public static bool IsMarker(string className)
    {
        var name = className.Split('/')[0];
        return name is "group" or "peer" && (className.Length == name.Length || className.Length > name.Length + 1);
    }

    private static Dictionary<string, string> ColorNames(TailwindTheme theme)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in theme.Keys("--color"))
        {
            if (theme.Resolve("--color-" + key) is { } value && CssColor.TryParse(value, out var color))
                names.TryAdd(color.ToHex(), key);
        }
        return names;
    }

    private static bool IsColorProperty(string property) =>
        property is "color" or "background-color" or "fill" or "stroke" || property.EndsWith("-color", StringComparison.Ordinal);

    /// <summary>
    /// Completions of a partly typed class (<c>md:bg-re</c>): known classes with the same variants, then variants to
    /// continue with; ordinal order, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<ClassCompletion> Complete(string typed, int limit = 200) => _catalog.Value.Complete(typed, limit);

    /// <summary>Orders class names as Tailwind orders classes that are otherwise equal: ordinal, numbers by value (<c>p-2</c>, <c>p-2.5</c>, <c>p-10</c>).</summary>
    public static int CompareNames(string a, string b) => ClassOrder.NaturalCompare(a, b);

    /// <summary>The variants at the start of a partly typed class, with their colons: <c>md:hover:</c> of <c>md:hover:bg-re</c>, empty for <c>bg-re</c>.</summary>
    public static string VariantPrefix(string typed) => typed[..(ClassCatalog.LastTopLevelColon(typed) + 1)];

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
        if (string.IsNullOrWhiteSpace(property) || string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("A property and a value are needed; to remove a property, use EditFor with no value.");
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

    /// <summary>
    /// What an inspector control shows: the value <paramref name="property"/> has on an element with these classes at a
    /// variant, and the class it comes from (set there, or inherited from a smaller breakpoint); null when no class sets
    /// it, or a box shorthand's sides differ.
    /// </summary>
    public ClassValue? ValueOf(IReadOnlyList<string> classes, string property, string? variant = null) =>
        _editing.Value.Planner.ValueOf(classes, property, variant);
}
