using OmniOS.Styles.Css;
using OmniOS.Styles.Editing;

namespace OmniOS.Styles.Conventions;

/// <summary>What an element's inline style object says about a property, for the inspector.</summary>
public static class InlineStyleValues
{
    /// <summary>
    /// The value the style object gives <paramref name="property"/> (a CSS or camelCase name): the last entry that sets
    /// it, the property itself or a shorthand of its box (<c>padding: "8px 16px"</c> gives <c>padding-left</c> 16px);
    /// null when no entry sets it. A computed entry gives a null value.
    /// </summary>
    public static InlineValue? ValueOf(IEnumerable<(string Key, string? Value)> entries, string property)
    {
        var name = CssProperty.Name(property);
        InlineValue? found = null;
        foreach (var (key, value) in entries)
        {
            var keyName = CssProperty.Name(key);
            if (keyName == name)
                found = new InlineValue(key, value);
            else if (SideOf(keyName, value, name) is { } side)
                found = new InlineValue(key, side.Value);
        }
        return found;
    }

    /// <summary>A one-side property's part of a shorthand of its box, written with one to four values in CSS order; null when the shorthand does not set that side.</summary>
    private static InlineValue? SideOf(string shorthand, string? value, string property)
    {
        if (BoxFamily.Of(property) is not { } family || !family.Sides.TryGetValue(shorthand, out var covered)
            || family.Sides[property] is not [var side] || !covered.Contains(side))
            return null;
        if (value is null || covered.Length == 1)
            return new InlineValue(shorthand, value);
        var parts = CssValues.SplitWhitespace(value.Trim());
        var expanded = (covered.Length, parts.Count) switch
        {
            (_, 1) => Enumerable.Repeat(parts[0], covered.Length).ToList(),
            (2, 2) or (4, 4) => parts,
            (4, 2) => [parts[0], parts[1], parts[0], parts[1]],
            (4, 3) => [parts[0], parts[1], parts[2], parts[1]],
            _ => null,
        };
        return new InlineValue(shorthand, expanded?[Array.IndexOf(covered, side)] ?? value);
    }
}
