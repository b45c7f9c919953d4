using System.Globalization;
using OmniOS.Styles.Css;
using OmniOS.Styles.Theme;

namespace OmniOS.Styles.Tailwind.Variants;

/// <summary>
/// Tailwind v4's variants for one theme: pseudo-classes and pseudo-elements, breakpoints (<c>sm</c> … <c>2xl</c>,
/// <c>max-md</c>, <c>min-[500px]</c>), container queries (<c>@md</c>), media features (<c>dark</c>, <c>print</c>,
/// <c>motion-safe</c>), <c>group-*</c>, <c>peer-*</c>, <c>not-*</c>, <c>has-*</c>, <c>aria-*</c>, <c>data-*</c>,
/// <c>nth-*</c>, <c>supports-*</c>, arbitrary ones (<c>[&amp;&gt;*]</c>), and the project's <c>@custom-variant</c>s.
/// Registered in Tailwind's order, which <see cref="VariantEffect.Order"/> keeps.
/// </summary>
internal sealed class VariantTable
{
    /// <summary>The distance between two registered variants' orders; what lies between orders the values of one
    /// functional or compound variant (a compound's inner variant in the upper bits, text ranks in the lower).</summary>
    private const long Step = 1L << 48;

    /// <summary>Where a functional variant's arbitrary values go: after its named ones.</summary>
    private const long ArbitraryValues = 1L << 40;

    /// <summary>Pseudo-elements, in order: name → selector.</summary>
    private static readonly (string Name, string Selector)[] PseudoElements =
    [
        ("first-letter", "&::first-letter"), ("first-line", "&::first-line"), ("marker", "& ::marker, &::marker, & ::-webkit-details-marker, &::-webkit-details-marker"),
        ("selection", "& ::selection, &::selection"), ("file", "&::file-selector-button"), ("placeholder", "&::placeholder"), ("backdrop", "&::backdrop"),
        ("details-content", "&::details-content"), ("before", "&::before"), ("after", "&::after"),
    ];

    /// <summary>Pseudo-classes, in order: name → the selector after the element (hover also needs a hovering pointer).</summary>
    private static readonly (string Name, string Pseudo)[] PseudoClasses =
    [
        ("first", ":first-child"), ("last", ":last-child"), ("only", ":only-child"), ("odd", ":nth-child(odd)"), ("even", ":nth-child(even)"),
        ("first-of-type", ":first-of-type"), ("last-of-type", ":last-of-type"), ("only-of-type", ":only-of-type"), ("visited", ":visited"),
        ("target", ":target"), ("open", ":is([open], :popover-open, :open)"), ("default", ":default"), ("checked", ":checked"),
        ("indeterminate", ":indeterminate"), ("placeholder-shown", ":placeholder-shown"), ("autofill", ":autofill"), ("optional", ":optional"),
        ("required", ":required"), ("valid", ":valid"), ("invalid", ":invalid"), ("user-valid", ":user-valid"), ("user-invalid", ":user-invalid"),
        ("in-range", ":in-range"), ("out-of-range", ":out-of-range"), ("read-only", ":read-only"), ("empty", ":empty"),
        ("focus-within", ":focus-within"), ("hover", ":hover"), ("focus", ":focus"), ("focus-visible", ":focus-visible"),
        ("active", ":active"), ("enabled", ":enabled"), ("disabled", ":disabled"),
    ];

    /// <summary>Media and other at-rule variants after the breakpoints, in order.</summary>
    private static readonly (string Name, string? AtRule, string? Selector)[] Trailing =
    [
        ("portrait", "@media (orientation: portrait)", null), ("landscape", "@media (orientation: landscape)", null),
        ("ltr", null, "&:where(:dir(ltr), [dir=\"ltr\"], [dir=\"ltr\"] *)"), ("rtl", null, "&:where(:dir(rtl), [dir=\"rtl\"], [dir=\"rtl\"] *)"),
        ("dark", "@media (prefers-color-scheme: dark)", null), ("starting", "@starting-style", null), ("print", "@media print", null),
        ("forced-colors", "@media (forced-colors: active)", null), ("inverted-colors", "@media (inverted-colors: inverted)", null),
        ("pointer-none", "@media (pointer: none)", null), ("pointer-coarse", "@media (pointer: coarse)", null), ("pointer-fine", "@media (pointer: fine)", null),
        ("any-pointer-none", "@media (any-pointer: none)", null), ("any-pointer-coarse", "@media (any-pointer: coarse)", null),
        ("any-pointer-fine", "@media (any-pointer: fine)", null), ("noscript", "@media (scripting: none)", null),
    ];

    private static readonly (string Name, string AtRule)[] MediaFeatures =
    [
        ("motion-safe", "@media (prefers-reduced-motion: no-preference)"), ("motion-reduce", "@media (prefers-reduced-motion: reduce)"),
        ("contrast-more", "@media (prefers-contrast: more)"), ("contrast-less", "@media (prefers-contrast: less)"),
    ];

    private static readonly string[] AriaStates = ["busy", "checked", "disabled", "expanded", "hidden", "pressed", "readonly", "required", "selected"];

    private readonly Dictionary<string, VariantEffect> _static = new(StringComparer.Ordinal);
    private readonly TailwindTheme _theme;
    private readonly IReadOnlyList<(string Name, double Pixels, string Width)> _breakpoints;
    private readonly IReadOnlyList<(string Name, double Pixels, string Width)> _containers;
    private readonly Dictionary<string, long> _groups = new(StringComparer.Ordinal);
    private long _next;

    public VariantTable(TailwindTheme theme)
    {
        _theme = theme;
        _breakpoints = Sizes("--breakpoint");
        _containers = Sizes("--container");

        Group("*");
        _static["*"] = new VariantEffect(null, ":is(& > *)", Order("*"));
        Group("**");
        _static["**"] = new VariantEffect(null, ":is(& *)", Order("**"));
        foreach (var compound in new[] { "not", "group", "peer" })
            Group(compound);
        foreach (var (name, selector) in PseudoElements)
            Add(name, null, selector, pseudoElement: true, addsContent: name is "before" or "after");
        foreach (var (name, pseudo) in PseudoClasses)
            Add(name, name == "hover" ? "@media (hover: hover)" : null, "&" + pseudo);
        Add("inert", null, "&:is([inert], [inert] *)");
        foreach (var functional in new[] { "in", "has", "aria", "data", "nth", "nth-last", "nth-of-type", "nth-last-of-type", "supports" })
            Group(functional);
        foreach (var (name, atRule) in MediaFeatures)
            Add(name, atRule, null);
        Group("max");
        Group("min");
        foreach (var (name, _, width) in _breakpoints)
            _static[name] = new VariantEffect($"@media (width >= {width})", null, Order("min") + BreakpointRank(name));
        Group("@max");
        Group("@min");
        foreach (var (name, atRule, selector) in Trailing)
            Add(name, atRule, selector);
        foreach (var custom in theme.CustomVariants.Values)
        {
            var template = custom.Template;
            var isAtRule = template.StartsWith('@');
            var order = _static.TryGetValue(custom.Name, out var existing) ? existing.Order : NextOrder();
            _static[custom.Name] = new VariantEffect(isAtRule ? template : null, isAtRule ? null : template, order);
        }
        Group("[arbitrary]");
    }

    /// <summary>Every variant name completion can offer (the functional ones with their common values).</summary>
    public IEnumerable<string> Names =>
        _static.Keys
            .Concat(_breakpoints.Select(b => "max-" + b.Name))
            .Concat(_containers.Select(c => "@" + c.Name))
            .Concat(PseudoClasses.Select(p => "group-" + p.Name))
            .Concat(PseudoClasses.Select(p => "peer-" + p.Name))
            .Concat(PseudoClasses.Select(p => "not-" + p.Name))
            .Concat(AriaStates.Select(a => "aria-" + a));

    /// <summary>The breakpoints from smallest to largest: name and width (<c>md</c>, <c>48rem</c>).</summary>
    public IEnumerable<(string Name, string Width)> Breakpoints => _breakpoints.Select(b => (b.Name, b.Width));

    /// <summary>What a variant does, or null when Tailwind knows no such variant.</summary>
    public VariantEffect? Resolve(string variant)
    {
        if (_static.TryGetValue(variant, out var known))
            return known;
        if (variant.StartsWith('[') && variant.EndsWith(']'))
            return Arbitrary(ClassSyntax.DecodeArbitrary(variant[1..^1]));
        if (variant.StartsWith('@'))
            return ContainerQuery(variant[1..]);
        var dash = variant.IndexOf('-', StringComparison.Ordinal);
        while (dash > 0)
        {
            var root = variant[..dash];
            var value = variant[(dash + 1)..];
            if (_groups.ContainsKey(root) && Functional(root, value) is { } effect)
                return effect;
            dash = variant.IndexOf('-', dash + 1);
        }
        return null;
    }

    private VariantEffect? Functional(string root, string value)
    {
        var group = Order(root);
        switch (root)
        {
            case "group":
            case "peer":
            {
                var name = root;
                var slash = ClassSyntax.ModifierSlash(value);
                if (slash > 0)
                {
                    name = $"{root}\\/{value[(slash + 1)..]}";
                    value = value[..slash];
                }
                var inner = InnerSelector(value, out var atRule, out var innerOrder);
                if (inner is null)
                    return null;
                var marked = inner.Replace("&", $":where(.{name})", StringComparison.Ordinal);
                // A named group (group-hover/item) right after the unnamed one.
                return new VariantEffect(atRule, root == "group" ? $":is({marked} &)" : $":is({marked} ~ &)", group + innerOrder + (slash > 0 ? 1 : 0));
            }
            case "not":
            {
                var inner = InnerSelector(value, out var atRule, out var innerOrder);
                return inner is null || atRule is not null || !inner.StartsWith('&') ? null
                    : new VariantEffect(null, $"&:not({inner[1..]})", group + innerOrder);
            }
            case "in":
            {
                var inner = InnerSelector(value, out var atRule, out var innerOrder);
                return inner is null || atRule is not null ? null : new VariantEffect(null, $":where({inner.Replace("&", "", StringComparison.Ordinal)}) &", group + innerOrder);
            }
            case "has":
            {
                if (IsArbitrary(value))
                    return new VariantEffect(null, $"&:has({Relative(Decode(value))})", group + ArbitraryValues + TextRank(Decode(value)));
                var inner = InnerSelector(value, out var atRule, out var innerOrder);
                return inner is null || atRule is not null ? null : new VariantEffect(null, $"&:has({inner.Replace("&", "", StringComparison.Ordinal)})", group + innerOrder);
            }
            case "aria":
                if (IsArbitrary(value))
                    return new VariantEffect(null, $"&[aria-{Attribute(Decode(value))}]", group + ArbitraryValues + TextRank(Decode(value)));
                return AriaStates.Contains(value) ? new VariantEffect(null, $"&[aria-{value}=\"true\"]", group + TextRank(value)) : null;
            case "data":
                return IsArbitrary(value) ? new VariantEffect(null, $"&[data-{Attribute(Decode(value))}]", group + ArbitraryValues + TextRank(Decode(value)))
                    : IsName(value) ? new VariantEffect(null, $"&[data-{value}]", group + TextRank(value)) : null;
            case "nth":
            case "nth-last":
            case "nth-of-type":
            case "nth-last-of-type":
            {
                var pseudo = root switch { "nth" => "nth-child", "nth-last" => "nth-last-child", _ => root };
                var argument = IsArbitrary(value) ? Decode(value) : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? value : null;
                return argument is null ? null : new VariantEffect(null, $"&:{pseudo}({argument})", group + (IsArbitrary(value) ? ArbitraryValues : 0) + TextRank(argument));
            }
            case "supports":
            {
                if (!IsArbitrary(value))
                    return IsName(value) ? new VariantEffect($"@supports ({value}: var(--tw))", null, group + TextRank(value)) : null;
                var condition = Decode(value);
                var query = condition.StartsWith("not ", StringComparison.Ordinal) || condition.StartsWith('(') || condition.StartsWith("selector(", StringComparison.Ordinal)
                    || condition.StartsWith("font-", StringComparison.Ordinal) ? condition : condition.Contains(':') ? $"({condition})" : $"({condition}: var(--tw))";
                return new VariantEffect($"@supports {query}", null, group + ArbitraryValues + TextRank(condition));
            }
            case "max":
            case "min":
            {
                var width = IsArbitrary(value) ? Decode(value) : _breakpoints.FirstOrDefault(b => b.Name == value).Width;
                if (width is null)
                    return null;
                var rank = IsArbitrary(value) ? ArbitraryRank(width, root == "max") : root == "max" ? 1000 - BreakpointRank(value) : BreakpointRank(value);
                return new VariantEffect(root == "max" ? $"@media (width < {width})" : $"@media (width >= {width})", null, group + rank);
            }
            default:
                return null;
        }
    }

    /// <summary><c>@md</c>, <c>@max-md</c>, <c>@min-[400px]</c>, <c>@md/sidebar</c>: container queries.</summary>
    private VariantEffect? ContainerQuery(string text)
    {
        var name = "";
        var slash = ClassSyntax.ModifierSlash(text);
        if (slash > 0)
        {
            name = text[(slash + 1)..] + " ";
            text = text[..slash];
        }
        var max = text.StartsWith("max-", StringComparison.Ordinal);
        if (max || text.StartsWith("min-", StringComparison.Ordinal))
            text = text[4..];
        var width = IsArbitrary(text) ? Decode(text) : _containers.FirstOrDefault(c => c.Name == text).Width;
        if (width is null)
            return null;
        var rank = IsArbitrary(text) ? ArbitraryRank(width, max) : _containers.ToList().FindIndex(c => c.Name == text) + 100;
        return new VariantEffect($"@container {name}(width {(max ? "<" : ">=")} {width})", null, Order(max ? "@max" : "@min") + rank);
    }

    /// <summary>The selector (and at-rule) of a variant used inside a compound one: <c>hover</c> in <c>group-hover</c>, or <c>[.x]</c>.</summary>
    private string? InnerSelector(string value, out string? atRule, out long order)
    {
        atRule = null;
        order = ArbitraryValues + TextRank(value);
        if (IsArbitrary(value))
        {
            var selector = Decode(value);
            return selector.Contains('&') ? selector : $"&:is({selector})";
        }
        if (Resolve(value) is not { Selector: { } inner } effect || effect.PseudoElement || effect.AddsContent)
            return null;
        atRule = effect.AtRule;
        // The inner variant's place: its registration index above its own value rank.
        order = (effect.Order / Step << 32) + Math.Min(effect.Order % Step, (1L << 32) - 1);
        return inner;
    }

    /// <summary><c>[&amp;&gt;*]</c> → <c>&amp; &gt; *</c>; <c>[@media(min-width:900px)]</c> → <c>@media (min-width:900px)</c>.</summary>
    private VariantEffect? Arbitrary(string text)
    {
        if (text.StartsWith('@'))
        {
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var atRule = open > 0 && text[open - 1] != ' ' && !text[..open].Contains(' ') ? $"{text[..open]} {text[open..]}" : text;
            return new VariantEffect(atRule, null, Order("[arbitrary]") + TextRank(text));
        }
        return text.Contains('&') ? new VariantEffect(null, SpaceCombinators(text), Order("[arbitrary]") + TextRank(text)) : null;
    }

    /// <summary>One space on each side of the combinators <c>&gt; + ~</c> outside brackets and parentheses.</summary>
    private static string SpaceCombinators(string selector)
    {
        var builder = new System.Text.StringBuilder(selector.Length + 4);
        var depth = 0;
        foreach (var c in selector)
        {
            if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth--;
            if (depth == 0 && c is '>' or '+' or '~')
            {
                while (builder.Length > 0 && builder[^1] == ' ')
                    builder.Length--;
                builder.Append(' ').Append(c).Append(' ');
                continue;
            }
            if (c == ' ' && builder.Length > 0 && builder[^1] == ' ')
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private void Add(string name, string? atRule, string? selector, bool pseudoElement = false, bool addsContent = false) =>
        _static[name] = new VariantEffect(atRule, selector, NextOrder(), pseudoElement, addsContent);

    private void Group(string name) => _groups[name] = NextOrder();

    private long NextOrder() => ++_next * Step;

    private long Order(string group) => _groups[group];

    /// <summary>A rank that orders texts as an ordinal comparison of their first three characters would.</summary>
    private static long TextRank(string text)
    {
        long rank = 0;
        for (var i = 0; i < 3; i++)
            rank = (rank << 8) + (i < text.Length ? Math.Min(text[i], (char)255) : 0);
        return rank;
    }

    private int BreakpointRank(string name) => _breakpoints.ToList().FindIndex(b => b.Name == name) + 100;

    /// <summary>Arbitrary breakpoints come before the named ones, by width (widest first for max-*).</summary>
    private static int ArbitraryRank(string width, bool descending) =>
        CssLength.TryToPixels(width, out var pixels) ? Math.Clamp((int)(descending ? 99 - pixels / 100 : pixels / 100), 0, 99) : 0;

    private List<(string Name, double Pixels, string Width)> Sizes(string ns) =>
        _theme.Keys(ns)
            .Select(k => (Name: k, Width: _theme.Resolve($"{ns}-{k}")!))
            .Select(b => (b.Name, Pixels: CssLength.TryToPixels(b.Width, out var px) ? px : double.MaxValue, b.Width))
            .OrderBy(b => b.Pixels)
            .ToList();

    private static bool IsArbitrary(string value) => value.Length > 2 && value[0] == '[' && value[^1] == ']';

    private static string Decode(string value) => ClassSyntax.DecodeArbitrary(value[1..^1]);

    private static bool IsName(string value) => value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary><c>sort=ascending</c> → <c>sort="ascending"</c>.</summary>
    private static string Attribute(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
            return text;
        var value = text[(equals + 1)..];
        return value.StartsWith('"') || value.StartsWith('\'') ? text : $"{text[..equals]}=\"{value}\"";
    }

    /// <summary>A relative selector inside <c>:has()</c>: <c>&gt;img</c> → <c> &gt; img</c>.</summary>
    private static string Relative(string selector) =>
        selector.StartsWith('>') || selector.StartsWith('+') || selector.StartsWith('~') ? $" {selector[0]} {selector[1..].TrimStart()}" : selector;
}
