using OmniOS.Styles.Css;
using OmniOS.Styles.Theme;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>
/// Every utility Tailwind v4 knows, for one theme: static ones by name (<c>flex</c>, <c>truncate</c>) and
/// functional ones by root (<c>p</c>, <c>bg</c>, <c>translate-x</c>), registered family by family
/// (one file each). <see cref="Compile"/> finds the root of a utility the way Tailwind does: the longest
/// registered prefix first, each root's readings in registration order, the first that takes the value wins.
/// </summary>
internal sealed class UtilityTable
{
    private readonly Dictionary<string, IReadOnlyList<UtilityBlock>> _static = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FunctionalUtility>> _functional = new(StringComparer.Ordinal);

    private sealed record FunctionalUtility(UtilityCompiler Compile, Func<IEnumerable<string>> Values, bool Negative);

    public UtilityTable(TailwindTheme theme)
    {
        Values = new UtilityValues(theme);
        LayoutUtilities.Register(this);
        FlexboxGridUtilities.Register(this);
        SpacingUtilities.Register(this);
        SizingUtilities.Register(this);
        TypographyUtilities.Register(this);
        BackgroundUtilities.Register(this);
        BorderUtilities.Register(this);
        EffectUtilities.Register(this);
        FilterUtilities.Register(this);
        TransformUtilities.Register(this);
        TransitionUtilities.Register(this);
        InteractivityUtilities.Register(this);
        SvgUtilities.Register(this);
    }

    public UtilityValues Values { get; }

    public TailwindTheme Theme => Values.Theme;

    /// <summary>A utility with fixed declarations: <c>Static("truncate", "overflow: hidden; text-overflow: ellipsis; white-space: nowrap")</c>.</summary>
    public void Static(string name, string declarations) => _static[name] = [UtilityBlock.Parse(declarations)];

    public void Static(string name, params UtilityBlock[] blocks) => _static[name] = blocks;

    /// <summary>Statics named <c>{prefix}-{key}</c> setting <paramref name="property"/> to each value.</summary>
    public void Keywords(string prefix, string property, params (string Key, string Value)[] values)
    {
        foreach (var (key, value) in values)
            Static(prefix.Length == 0 ? key : key.Length == 0 ? prefix : $"{prefix}-{key}", $"{property}: {value}");
    }

    /// <summary>Statics whose key is also the value: <c>Keywords("cursor", "cursor", "pointer", "wait")</c>.</summary>
    public void Keywords(string prefix, string property, params string[] values) =>
        Keywords(prefix, property, values.Select(v => (v, v)).ToArray());

    /// <summary>
    /// A functional utility. <paramref name="values"/> lists the named values it suggests (completion and
    /// CSS → class); with <paramref name="negative"/>, <c>-root-…</c> is the same utility with a negated value.
    /// </summary>
    public void Functional(string root, UtilityCompiler compile, Func<IEnumerable<string>>? values = null, bool negative = false)
    {
        if (!_functional.TryGetValue(root, out var list))
            _functional[root] = list = [];
        list.Add(new FunctionalUtility(compile, values ?? (() => []), negative));
    }

    /// <summary>
    /// A utility that sets <paramref name="properties"/> to one value, read as <paramref name="options"/> say: a keyword,
    /// a theme key, a spacing multiple, a bare value, a fraction or an arbitrary value of the types it takes.
    /// </summary>
    public void Value(string root, string[] properties, ValueOptions options)
    {
        Functional(root, candidate =>
        {
            var value = ReadValue(candidate, options);
            if (value is null)
                return null;
            if (candidate.Negative)
            {
                // A keyword (auto, none, min-content) has no negative.
                if (value.All(c => char.IsAsciiLetter(c) || c == '-'))
                    return null;
                value = UtilityValues.Negate(value);
            }
            return [new UtilityBlock(Declarations(options.Before, properties, value))];
        }, () => SuggestedValues(options), options.Negative);
    }

    private string? ReadValue(UtilityCandidate candidate, ValueOptions options)
    {
        if (candidate.IsBare)
            return options.Bare is null || candidate.Modifier is not null ? null : Values.Theme.Resolve(options.Bare) ?? (options.Bare.StartsWith("--", StringComparison.Ordinal) ? null : options.Bare);
        var fraction = options.Fractions ? UtilityValues.Fraction(candidate) : null;
        if (candidate.Modifier is not null && fraction is null)
            return null;
        if (fraction is not null)
            return fraction;
        if (candidate.Named is { } named)
        {
            if (options.Keywords.TryGetValue(named, out var keyword))
                return keyword;
            if (Values.FromTheme(candidate, options.Namespaces) is { } themed)
                return themed;
            if (options.Spacing && Values.Multiplier(candidate) is { } multiple)
                return multiple;
            return options.BareValue?.Invoke(named);
        }
        return UtilityValues.Arbitrary(candidate, options.Types);
    }

    private IEnumerable<string> SuggestedValues(ValueOptions options)
    {
        var values = new List<string>(options.Keywords.Keys);
        foreach (var ns in options.Namespaces)
            values.AddRange(Values.Theme.Keys(ns));
        if (options.Spacing && Values.Theme.Spacing is not null)
            values.AddRange(SpacingScale);
        if (options.Suggestions is not null)
            values.AddRange(options.Suggestions);
        return values.Distinct(StringComparer.Ordinal);
    }

    /// <summary>The spacing multiples completion offers (Tailwind's own documented scale).</summary>
    public static readonly string[] SpacingScale =
        ["0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "16", "20", "24", "28", "32", "36", "40", "44", "48", "52", "56", "60", "64", "72", "80", "96"];

    private static List<CssDeclaration> Declarations(string? before, string[] properties, string value)
    {
        var list = new List<CssDeclaration>();
        if (before is not null)
            list.AddRange(UtilityBlock.ParseDeclarations(before.Replace("{value}", value, StringComparison.Ordinal)));
        list.AddRange(properties.Select(p => new CssDeclaration(p, value)));
        return list;
    }

    /// <summary>A colour utility: <c>Color("bg", "background-color")</c> takes <c>bg-red-500</c>, <c>bg-black/50</c>, <c>bg-[#0af]</c>.</summary>
    public void Color(string root, string property, params string[] namespaces) =>
        Color(root, color => [new CssDeclaration(property, color)], namespaces);

    public void Color(string root, Func<string, List<CssDeclaration>> declarations, params string[] namespaces)
    {
        var spaces = namespaces.Length == 0 ? ["--color"] : namespaces;
        Functional(root, candidate => candidate.Negative || Values.Color(candidate, spaces) is not { } color ? null : [new UtilityBlock(declarations(color))],
            () => ["inherit", "current", "transparent", .. spaces.SelectMany(ns => Values.Theme.Keys(ns)).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The blocks of a utility (the part after the variants, without <c>!</c>), or null when Tailwind knows no such utility.</summary>
    public IReadOnlyList<UtilityBlock>? Compile(string utility)
    {
        if (_static.TryGetValue(utility, out var blocks))
            return blocks;
        if (utility.StartsWith('[') && utility.EndsWith(']'))
            return ArbitraryProperty(utility[1..^1]);
        var negative = utility.StartsWith('-');
        var body = negative ? utility[1..] : utility;
        var slash = ClassSyntax.ModifierSlash(body);
        var head = slash < 0 ? body : body[..slash];
        UtilityModifier? modifier = null;
        if (slash >= 0)
        {
            modifier = ReadModifier(body[(slash + 1)..]);
            if (modifier is null)
                return null;
        }
        if (_functional.ContainsKey(head) && Try(head, null, modifier, negative) is { } bare)
            return bare;
        for (var dash = head.LastIndexOf('-'); dash > 0; dash = head.LastIndexOf('-', dash - 1))
        {
            var root = head[..dash];
            if (!_functional.ContainsKey(root))
                continue;
            var value = ReadValue(head[(dash + 1)..], modifier);
            if (value is not null && Try(root, value, modifier, negative) is { } compiled)
                return compiled;
        }
        return null;
    }

    private IReadOnlyList<UtilityBlock>? Try(string root, UtilityValue? value, UtilityModifier? modifier, bool negative)
    {
        var candidate = new UtilityCandidate(root, value, modifier, negative);
        foreach (var utility in _functional[root])
        {
            if (negative && !utility.Negative)
                continue;
            if (utility.Compile(candidate) is { } blocks)
                return blocks;
        }
        return null;
    }

    private static UtilityValue? ReadValue(string text, UtilityModifier? modifier)
    {
        if (text.Length == 0)
            return null;
        if (text[0] == '[')
        {
            if (text[^1] != ']' || text.Length == 2)
                return null;
            var inner = text[1..^1];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && DataTypes.IsKnown(inner[..colon]))
                return new UtilityValue(ClassSyntax.DecodeArbitrary(inner[(colon + 1)..]), true, inner[..colon]);
            return new UtilityValue(ClassSyntax.DecodeArbitrary(inner), true);
        }
        if (text[0] == '(')
        {
            if (text[^1] != ')')
                return null;
            var inner = text[1..^1];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            string? hint = null;
            if (colon > 0 && DataTypes.IsKnown(inner[..colon]))
            {
                hint = inner[..colon];
                inner = inner[(colon + 1)..];
            }
            return inner.StartsWith("--", StringComparison.Ordinal) ? new UtilityValue($"var({ClassSyntax.DecodeArbitrary(inner)})", true, hint) : null;
        }
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '%'))
            return null;
        var fraction = modifier is { IsArbitrary: false } m && DataTypes.IsNumber(text) && DataTypes.IsNumber(m.Text) ? $"{text}/{m.Text}" : null;
        return new UtilityValue(text, false, null, fraction);
    }

    private static UtilityModifier? ReadModifier(string text)
    {
        if (text.Length == 0)
            return null;
        if (text[0] == '[')
            return text[^1] == ']' && text.Length > 2 ? new UtilityModifier(ClassSyntax.DecodeArbitrary(text[1..^1]), true) : null;
        if (text[0] == '(')
            return text[^1] == ')' && text.Length > 2 ? new UtilityModifier($"var({text[1..^1]})", true) : null;
        return text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') ? new UtilityModifier(text, false) : null;
    }

    /// <summary><c>[mask-type:luminance]</c>: any property and value.</summary>
    private static IReadOnlyList<UtilityBlock>? ArbitraryProperty(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
            return null;
        var property = text[..colon];
        if (!property.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !char.IsAsciiLetter(property.TrimStart('-')[0]))
            return null;
        return [new UtilityBlock([new CssDeclaration(property, ClassSyntax.DecodeArbitrary(text[(colon + 1)..]))])];
    }

    /// <summary>
    /// The longest functional root a utility starts with (<c>bg-blu-500</c> → <c>bg</c>, <c>-mt-x</c> → <c>mt</c>), whether
    /// or not the rest is a value it takes; null when none does.
    /// </summary>
    public string? FunctionalRootOf(string utility)
    {
        var body = utility.StartsWith('-') ? utility[1..] : utility;
        var bracket = body.IndexOfAny(['[', '(']);
        var head = bracket < 0 ? body : body[..bracket];
        if (_functional.ContainsKey(head))
            return head;
        for (var dash = head.LastIndexOf('-'); dash > 0; dash = head.LastIndexOf('-', dash - 1))
        {
            if (_functional.ContainsKey(head[..dash]))
                return head[..dash];
        }
        return null;
    }

    /// <summary>Every static utility's name.</summary>
    public IEnumerable<string> StaticNames => _static.Keys;

    /// <summary>
    /// The utilities worth offering: every static one, and each functional root alone and with each value it suggests
    /// (negated where it takes negative values). Some of these resolve to nothing (a root without a bare form).
    /// </summary>
    public IEnumerable<string> CandidateNames()
    {
        foreach (var name in _static.Keys)
            yield return name;
        foreach (var (root, values, negative) in FunctionalRoots)
        {
            yield return root;
            foreach (var value in values)
            {
                yield return $"{root}-{value}";
                if (negative && value != "0")
                    yield return $"-{root}-{value}";
            }
        }
    }

    /// <summary>Every functional root with the named values it suggests and whether it takes negative values.</summary>
    public IEnumerable<(string Root, IEnumerable<string> Values, bool Negative)> FunctionalRoots =>
        _functional.Select(f => (f.Key, f.Value.SelectMany(u => u.Values()).Distinct(StringComparer.Ordinal), f.Value.Any(u => u.Negative)));
}
