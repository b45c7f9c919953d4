using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>
/// Declarations a utility sets: on the element itself (<see cref="Selector"/> <c>&amp;</c>), or on a selector
/// derived from it (<c>space-x-4</c>: <c>:where(&amp; &gt; :not(:last-child))</c>), possibly inside an at-rule
/// of its own (<c>outline-hidden</c>: <c>@media (forced-colors: active)</c>). Values are raw: theme values
/// inlined, Tailwind's <c>--tw-*</c> variables kept, so that utilities compose in a stylesheet.
/// </summary>
/// <param name="SortAs">The property whose place in <see cref="PropertyOrder"/> orders this utility instead of its own
/// (<c>space-x-4</c> sorts as <c>row-gap</c>, with the gaps, not with the margins it sets).</param>
internal sealed record UtilityBlock(IReadOnlyList<CssDeclaration> Declarations, string Selector = "&", string? AtRule = null, string? SortAs = null)
{
    /// <summary>Reads <c>"display: flex; overflow: hidden"</c>.</summary>
    public static UtilityBlock Parse(string declarations, string selector = "&", string? atRule = null) =>
        new(ParseDeclarations(declarations), selector, atRule);

    public static List<CssDeclaration> ParseDeclarations(string declarations) =>
        CssValues.SplitTopLevel(declarations, ';')
            .Select(d => d.Trim())
            .Where(d => d.Length > 0)
            .Select(d =>
            {
                var colon = d.IndexOf(':', StringComparison.Ordinal);
                return new CssDeclaration(d[..colon].Trim(), d[(colon + 1)..].Trim());
            })
            .ToList();
}
