using System.Text;
using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Editing;

/// <summary>
/// CSS → class: the class a good developer would write for a set of properties and a value. A theme token when the
/// value matches one (<c>24px</c> → <c>p-6</c>, <c>#000</c> → <c>bg-black</c>; <c>var(--color-neutral-50)</c> →
/// <c>bg-neutral-50</c>, the token named after the variable); a spacing multiple, a fraction (<c>50%</c> →
/// <c>w-1/2</c>) or a colour at an opacity (<c>bg-black/50</c>) when that expresses it; an arbitrary value otherwise
/// (<c>p-[23px]</c>), with a type hint where the root would read it as something else; an arbitrary property
/// (<c>[mask-type:alpha]</c>) when no utility sets the property. Every proposal is checked by resolving it.
/// </summary>
internal sealed class ClassWriter(TailwindStyles styles, ClassIndex index)
{
    private static readonly int[] Denominators = [2, 3, 4, 5, 6, 12];

    /// <summary>The utility (no variant) that sets <paramref name="properties"/> to <paramref name="value"/>.</summary>
    public string Write(IReadOnlyCollection<string> properties, string value)
    {
        var set = ClassIndex.PropertiesKey(properties);
        var text = CssValues.CollapseWhitespace(value);
        var key = CssProperty.ValueKey(properties.First(), text);
        if (index.Find(set, key) is { } token)
            return token;
        // A theme variable (what the inspector's palette sends): the token named after it, where several set its value.
        if (ThemeVariable(text) is { } variable && styles.Theme.Resolve(variable) is { } resolved
            && index.FindNamed(set, CssProperty.ValueKey(properties.First(), resolved), variable) is { } named)
            return named;
        foreach (var candidate in Computed(set, text).Concat(Arbitrary(set, text)))
        {
            if (Sets(candidate, set, key))
                return candidate;
        }
        return properties.Count == 1 ? $"[{properties.First()}:{Encode(text)}]" : Write([properties.Order(StringComparer.Ordinal).First()], value);
    }

    /// <summary>The variable of a value that is only <c>var(--name)</c>, else null.</summary>
    private static string? ThemeVariable(string value) =>
        value.StartsWith("var(--", StringComparison.Ordinal) && value.EndsWith(')') && value.IndexOfAny([',', ' ', '(', ')'], 4) == value.Length - 1 ? value[4..^1] : null;

    /// <summary>Whether a class sets exactly these properties to the value with this key.</summary>
    public bool Sets(string className, string propertiesKey, string valueKey) =>
        styles.Resolve(className) is { } style && ClassIndex.Shape(style) is { } shape && shape.Properties == propertiesKey && shape.ValueKey == valueKey;

    /// <summary>Bare numbers (<c>z-5</c>), spacing multiples (<c>w-250</c>, <c>-mt-4</c>), fractions, theme colours at an opacity.</summary>
    private IEnumerable<string> Computed(string set, string value)
    {
        if (index.ArbitraryRoot(set, "number") is { } numberRoot && DataTypes.IsNumber(value))
            yield return value.StartsWith('-') ? $"-{numberRoot}-{value[1..]}" : $"{numberRoot}-{value}";
        if (value.EndsWith('%') && index.ArbitraryRoot(set, "number") is { } percentNumberRoot && DataTypes.IsNumber(value[..^1]))
            yield return $"{percentNumberRoot}-{value[..^1]}";
        if (index.ArbitraryRoot(set, "length") is { } root && CssLength.TryToPixels(value, out var pixels)
            && styles.Theme.Spacing is { } spacing && CssLength.TryToPixels(spacing, out var unit) && unit > 0)
        {
            var steps = pixels / unit;
            if (Math.Abs(steps * 2 - Math.Round(steps * 2)) < 1e-9)
                yield return $"{(steps < 0 ? "-" : "")}{root}-{CssValues.FormatNumber(Math.Abs(steps))}";
        }
        if (value.EndsWith('%') && index.ArbitraryRoot(set, "percentage") is { } percentRoot && DataTypes.IsNumber(value[..^1]))
        {
            var percent = double.Parse(value[..^1], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var denominator in Denominators)
            {
                var numerator = percent * denominator / 100;
                if (numerator > 0 && Math.Abs(numerator - Math.Round(numerator)) < 1e-3)
                {
                    yield return $"{percentRoot}-{Math.Round(numerator)}/{denominator}";
                    break;
                }
            }
        }
        if (CssColor.TryParse(value, out var color) && color.A is > 0 and < 1 && index.Find(set, color.WithAlpha(1).ToHex()) is { } opaque)
            yield return $"{opaque}/{CssValues.FormatNumber(Math.Round(color.A * 100))}";
    }

    /// <summary><c>root-[value]</c> for each kind the value could be, then with its type hint.</summary>
    private IEnumerable<string> Arbitrary(string set, string value)
    {
        var encoded = Encode(value);
        var types = ClassIndex.Probes.Select(p => p.Type).Where(t => value.StartsWith("var(", StringComparison.Ordinal) || DataTypes.Is(t, value) || t == "length" && DataTypes.HasMathFunction(value));
        foreach (var type in types)
        {
            if (index.ArbitraryRoot(set, type) is not { } root)
                continue;
            yield return $"{root}-[{encoded}]";
            if (DataTypes.IsKnown(type))
                yield return $"{root}-[{type}:{encoded}]";
        }
    }

    /// <summary>An arbitrary value as a class writes it: spaces as underscores, underscores escaped.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c == '_')
                builder.Append("\\_");
            else if (c == ' ')
                builder.Append('_');
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
