namespace OmniOS.Styles.Tailwind.Variants;

/// <summary>
/// What one variant does to a class's rules: wraps them in an at-rule (<c>@media (width &gt;= 48rem)</c>), rewrites
/// the selector through a template in which <c>&amp;</c> is the selector so far (<c>&amp;:hover</c>,
/// <c>:is(:where(.group):hover &amp;)</c>), or both (<c>hover</c>). <see cref="Order"/> places the class in
/// Tailwind's output order.
/// </summary>
/// <param name="PseudoElement">The selector ends in a pseudo-element (<c>::placeholder</c>): nothing may follow it.</param>
/// <param name="AddsContent">Adds <c>content: var(--tw-content)</c> (before, after).</param>
internal sealed record VariantEffect(string? AtRule, string? Selector, long Order, bool PseudoElement = false, bool AddsContent = false);
