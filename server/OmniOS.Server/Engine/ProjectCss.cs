using OmniOS.Styles.Css;

namespace OmniOS.Server.Engine;

/// <summary>
/// The CSS a project loads, as far as its classes are concerned: what its stylesheets define, whether they import
/// Tailwind v4, and whether every class it can use is knowable.
/// </summary>
/// <param name="Classes">The classes and <c>@utility</c>s of every stylesheet read.</param>
/// <param name="ImportsTailwind">A stylesheet imports Tailwind v4 (<c>@import "tailwindcss"</c>).</param>
/// <param name="Unknowable">Why some classes cannot be known (a <c>@plugin</c>, a JavaScript <c>@config</c>, Tailwind v3's
/// directives, an import that was not found), or null when every stylesheet was read.</param>
/// <param name="Files">The files read (full paths), to notice when one changes.</param>
public sealed record ProjectCss(StylesheetClasses Classes, bool ImportsTailwind, string? Unknowable, IReadOnlyList<string> Files)
{
    public static ProjectCss None { get; } = new(StylesheetClasses.Empty, false, null, []);
}
