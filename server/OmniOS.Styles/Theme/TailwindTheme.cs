using System.Globalization;

namespace OmniOS.Styles.Theme;

/// <summary>
/// The theme variables utilities resolve against: Tailwind v4's default theme, plus whatever a
/// project's CSS adds with <c>@theme</c> (<see cref="WithCss"/>). Immutable; every change makes a new theme.
/// </summary>
public sealed class TailwindTheme
{
    /// <summary>Namespaces that share a prefix with another namespace, whose keys must not be read as theirs
    /// (<c>--font-weight-bold</c> is not a font family called "weight-bold").</summary>
    private static readonly Dictionary<string, string[]> IgnoredPrefixes = new(StringComparer.Ordinal)
    {
        ["--font"] = ["--font-weight"],
        ["--inset"] = ["--inset-shadow", "--inset-ring"],
        ["--text"] = ["--text-color", "--text-decoration-color", "--text-decoration-thickness", "--text-indent", "--text-shadow", "--text-underline-offset"],
        ["--shadow"] = ["--shadow-color"],
        ["--drop-shadow"] = ["--drop-shadow-color"],
    };

    private readonly Dictionary<string, ThemeVariable> _variables;
    private readonly List<string> _order;
    private readonly Dictionary<string, CustomVariant> _customVariants;
    private readonly Dictionary<string, Keyframes> _keyframes;

    private TailwindTheme(Dictionary<string, ThemeVariable> variables, List<string> order, Dictionary<string, CustomVariant> customVariants, Dictionary<string, Keyframes> keyframes)
    {
        _variables = variables;
        _order = order;
        _customVariants = customVariants;
        _keyframes = keyframes;
    }

    /// <summary>Tailwind v4's default theme.</summary>
    public static TailwindTheme Default { get; } = Empty.With(new ThemeSheet([.. DefaultTheme.Variables()], [], DefaultTheme.Keyframes));

    /// <summary>A theme with no variables (for tests and for projects that reset <c>--*: initial</c>).</summary>
    public static TailwindTheme Empty => new(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>The default theme extended by the <c>@theme</c> blocks of a project's CSS text.</summary>
    public static TailwindTheme FromCss(string css) => Default.WithCss(css);

    /// <summary>This theme extended (and, where a variable is set again, overridden) by a CSS text's <c>@theme</c> blocks.</summary>
    public TailwindTheme WithCss(string css)
    {
        return With(ThemeCssReader.Read(css));
    }

    /// <summary>This theme with a sheet's variables set in order (a value of <c>initial</c> removes one, or a namespace:
    /// <c>--color-*</c>), its custom variants and its keyframes added.</summary>
    public TailwindTheme With(ThemeSheet sheet)
    {
        var map = new Dictionary<string, ThemeVariable>(_variables, StringComparer.Ordinal);
        var order = new List<string>(_order);
        foreach (var variable in sheet.Variables)
        {
            if (variable.Value == "initial")
            {
                if (variable.Name.EndsWith("-*", StringComparison.Ordinal) || variable.Name == "--*")
                {
                    var prefix = variable.Name[..^1];
                    foreach (var key in order.Where(k => prefix == "--" || k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
                        map.Remove(key);
                }
                else
                {
                    map.Remove(variable.Name);
                }
                order.RemoveAll(k => !map.ContainsKey(k));
                continue;
            }
            if (!map.ContainsKey(variable.Name))
                order.Add(variable.Name);
            map[variable.Name] = variable;
        }
        var variants = new Dictionary<string, CustomVariant>(_customVariants, StringComparer.Ordinal);
        foreach (var variant in sheet.CustomVariants)
            variants[variant.Name] = variant;
        var keyframes = new Dictionary<string, Keyframes>(_keyframes, StringComparer.Ordinal);
        foreach (var animation in sheet.Keyframes)
            keyframes[animation.Name] = animation;
        return new TailwindTheme(map, order, variants, keyframes);
    }

    /// <summary>Every variable, in the order they were defined.</summary>
    public IEnumerable<ThemeVariable> Variables => _order.Select(name => _variables[name]);

    /// <summary>The project's custom variants (<c>@custom-variant dark (&amp;:where(.dark, .dark *));</c>).</summary>
    public IReadOnlyDictionary<string, CustomVariant> CustomVariants => _customVariants;

    /// <summary>The animations' keyframes, by name (<c>spin</c> for <c>--animate-spin</c>).</summary>
    public IReadOnlyDictionary<string, Keyframes> Keyframes => _keyframes;

    /// <summary>A variable's value as written (<c>var()</c> references left as they are), or null.</summary>
    public string? Get(string name) => _variables.TryGetValue(name, out var variable) ? variable.Value : null;

    /// <summary>A variable's value with the theme variables it refers to (<c>var(--x)</c>) replaced by their values.</summary>
    public string? Resolve(string name) => Get(name) is { } value ? ResolveReferences(value) : null;

    /// <summary>Replaces <c>var(--x)</c> by the theme's value of <c>--x</c> where the theme has one (recursively).</summary>
    public string ResolveReferences(string value) =>
        value.Contains("var(--", StringComparison.Ordinal)
            ? Css.CssValues.ReplaceVariables(value, name => Get(name), maxDepth: 16)
            : value;

    /// <summary>
    /// The first of <c>{namespace}-{key}</c> over the namespaces that the theme defines, resolved; null when none does.
    /// <c>Lookup("lg", "--radius")</c> → <c>0.5rem</c>.
    /// </summary>
    public string? Lookup(string key, params string[] namespaces)
    {
        foreach (var ns in namespaces)
        {
            var name = ns + "-" + key;
            if (IsIgnored(ns, name))
                continue;
            if (Resolve(name) is { } value)
                return value;
        }
        return null;
    }

    /// <summary>The keys of a namespace in definition order (<c>Keys("--radius")</c> → xs, sm, md, …),
    /// without nested keys such as <c>lg--line-height</c>.</summary>
    public IEnumerable<string> Keys(string ns)
    {
        var prefix = ns + "-";
        foreach (var name in _order)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || IsIgnored(ns, name))
                continue;
            var key = name[prefix.Length..];
            if (key.Length > 0 && !key.Contains("--", StringComparison.Ordinal))
                yield return key;
        }
    }

    private static bool IsIgnored(string ns, string name) =>
        IgnoredPrefixes.TryGetValue(ns, out var ignored) && ignored.Any(p => name.StartsWith(p + "-", StringComparison.Ordinal));

    /// <summary>The spacing unit (<c>--spacing</c>), 0.25rem by default; null when the project removed it.</summary>
    public string? Spacing => Resolve("--spacing");

    /// <summary>The breakpoints (<c>--breakpoint-*</c>) from smallest to largest, as (name, width).</summary>
    public IReadOnlyList<(string Name, string Width)> Breakpoints =>
        Keys("--breakpoint").Select(k => (Name: k, Width: Resolve("--breakpoint-" + k)!))
            .OrderBy(b => Css.CssLength.TryToPixels(b.Width, out var px) ? px : double.MaxValue)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"TailwindTheme({_variables.Count} variables)");
}
