using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind;

/// <summary>What one class means: its variants and the rules it produces.</summary>
/// <param name="ClassName">The class as written (<c>md:hover:bg-black/50</c>).</param>
/// <param name="Variants">The variants, outermost first (<c>["md", "hover"]</c>).</param>
/// <param name="Utility">The utility after the variants, without <c>!</c> (<c>bg-black/50</c>).</param>
public sealed record ClassStyle(string ClassName, IReadOnlyList<string> Variants, string Utility, bool Important, IReadOnlyList<StyleRule> Rules)
{
    /// <summary>Every resolved declaration of every rule, in order.</summary>
    public IEnumerable<CssDeclaration> Declarations => Rules.SelectMany(r => r.Declarations);

    /// <summary>Where Tailwind puts this class in its output.</summary>
    internal ClassOrder Order { get; init; } = ClassOrder.None;
}
