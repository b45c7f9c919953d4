using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Editing;

/// <summary>
/// The declarations a class really sets on its element: resolved values of the element rule, without custom
/// properties and without soft defaults, the declarations that only read a Tailwind variable another utility
/// sets (<c>text-lg</c>'s <c>line-height: var(--tw-leading, …)</c>, <c>border-2</c>'s
/// <c>border-style: var(--tw-border-style)</c>): those belong to <c>leading-*</c> and <c>border-dashed</c>.
/// </summary>
internal static class OwnedDeclarations
{
    /// <summary>Null when the class styles anything but its element (children, pseudo-elements) or has an at-rule of its own.</summary>
    public static IReadOnlyList<CssDeclaration>? Of(ClassStyle style)
    {
        if (style.Rules.Count != 1 || !style.Rules[0].StylesElement)
            return null;
        var rule = style.Rules[0];
        var owned = new List<CssDeclaration>();
        foreach (var raw in rule.Raw)
        {
            if (raw.IsCustomProperty || IsSoft(raw.Value))
                continue;
            if (rule.Declarations.FirstOrDefault(d => d.Property == raw.Property) is { } resolved)
                owned.Add(resolved);
        }
        return owned;
    }

    /// <summary>A value that is one <c>var(--tw-…)</c> and nothing else.</summary>
    public static bool IsSoft(string value) =>
        value.StartsWith("var(--tw-", StringComparison.Ordinal) && CssValues.MatchingParen(value, 3) == value.Length - 1;
}
