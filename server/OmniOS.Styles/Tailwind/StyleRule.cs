using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind;

/// <summary>
/// The declarations a class applies under one path of wrappers, outermost first. A wrapper is an at-rule
/// (<c>@media (width &gt;= 48rem)</c>, <c>@media (hover: hover)</c>) or a selector form in which <c>&amp;</c>
/// stands for the class (<c>&amp;:hover</c>, <c>:where(&amp; &gt; :not(:last-child))</c>): the at-rules of the
/// variants, then at most one selector form, then an at-rule of the utility's own (the order Tailwind nests
/// them). No wrapper at all means the plain <c>.class { … }</c> rule.
/// </summary>
/// <param name="Declarations">What the class sets, every variable resolved: theme variables, and Tailwind's own
/// <c>--tw-*</c> variables at their values for an element with this class alone; custom properties dropped;
/// <c>calc()</c> computed where the units allow. This is what <c>omnios styles css</c> prints and hover shows.</param>
/// <param name="Raw">The declarations as a stylesheet needs them: theme values inlined but Tailwind's <c>--tw-*</c>
/// variables kept, so that classes compose (<c>translate-x-4 translate-y-2</c>).</param>
public sealed record StyleRule(IReadOnlyList<string> Wrappers, IReadOnlyList<CssDeclaration> Declarations, IReadOnlyList<CssDeclaration> Raw)
{
    /// <summary>The at-rules among the wrappers, outermost first.</summary>
    public IEnumerable<string> AtRules => Wrappers.Where(w => w.StartsWith('@'));

    /// <summary>The selector form (<c>&amp;</c> for the class itself).</summary>
    public string Selector => Wrappers.FirstOrDefault(w => !w.StartsWith('@')) ?? "&";

    /// <summary>True when the rule styles the element itself, under any at-rules (not its children or a pseudo-element).</summary>
    public bool StylesElement => Selector == "&";
}
