namespace OmniOS.Styles.Css;

/// <summary>
/// What a stylesheet defines and loads, as far as the classes of a page are concerned (read by <see cref="StylesheetReader"/>).
/// </summary>
/// <param name="Classes">Every class its selectors name (<c>.card</c>, <c>.menu-open .item</c>: both), unescaped.</param>
/// <param name="Utilities">Its <c>@utility</c> names, a functional one with its <c>-*</c> (<c>tab-*</c>).</param>
/// <param name="Imports">What it <c>@import</c>s, as written (<c>tailwindcss</c>, <c>./theme.css</c>, <c>tw-animate-css</c>).</param>
/// <param name="Plugins">Its <c>@plugin</c>s, whose classes cannot be known without running them.</param>
/// <param name="Configs">Its <c>@config</c> files (a JavaScript configuration, likewise).</param>
/// <param name="HasTailwindDirectives">It uses Tailwind v3's <c>@tailwind</c> directives.</param>
public sealed record StylesheetOutline(
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Utilities,
    IReadOnlyList<string> Imports,
    IReadOnlyList<string> Plugins,
    IReadOnlyList<string> Configs,
    bool HasTailwindDirectives)
{
    /// <summary>Whether it imports Tailwind v4 (<c>@import "tailwindcss"</c>).</summary>
    public bool ImportsTailwind => Imports.Any(i => i == "tailwindcss" || i.StartsWith("tailwindcss/", StringComparison.Ordinal));
}
