namespace OmniOS.Styles.Css;

/// <summary>One CSS declaration. <see cref="Important"/> is kept apart from the value.</summary>
public sealed record CssDeclaration(string Property, string Value, bool Important = false)
{
    /// <summary>The value as written in CSS: with <c> !important</c> when important.</summary>
    public string Text => Important ? Value + " !important" : Value;

    public bool IsCustomProperty => Property.StartsWith("--", StringComparison.Ordinal);

    public override string ToString() => $"{Property}: {Text}";
}

/// <summary>
/// The declarations a class applies under one path of wrappers. A wrapper is either an at-rule
/// (<c>@media (width &gt;= 48rem)</c>, <c>@media (hover: hover)</c>) or a selector form in which
/// <c>&amp;</c> stands for the class (<c>&amp;:hover</c>, <c>:where(&amp; &gt; :not(:last-child))</c>); at most
/// one selector form, after the at-rules of the variants, and any at-rule nested inside the rule
/// after it (the order Tailwind nests them). An empty list means the plain <c>.class { … }</c> rule.
/// </summary>
/// <param name="Declarations">What the class sets, with every variable resolved: theme variables, and
/// Tailwind's own <c>--tw-*</c> composition variables at their values for an element with this class
/// alone; custom properties dropped. This is what `omnios styles css` prints and the inspector shows.</param>
/// <param name="Raw">The declarations as a stylesheet needs them: theme values inlined but Tailwind's
/// <c>--tw-*</c> variables kept, so that classes compose (<c>translate-x-4 translate-y-2</c>).</param>
public sealed record StyleRule(IReadOnlyList<string> Wrappers, IReadOnlyList<CssDeclaration> Declarations, IReadOnlyList<CssDeclaration> Raw)
{
    /// <summary>The at-rules among the wrappers, outermost first.</summary>
    public IEnumerable<string> AtRules => Wrappers.Where(w => w.StartsWith('@'));

    /// <summary>The selector form (<c>&amp;</c> for the class itself).</summary>
    public string Selector => Wrappers.FirstOrDefault(w => !w.StartsWith('@')) ?? "&";
}

/// <summary>What one class means: its variants and the rules it produces.</summary>
/// <param name="ClassName">The class as written (<c>md:hover:bg-black/50</c>).</param>
/// <param name="Variants">The variants, outermost first (<c>["md", "hover"]</c>).</param>
/// <param name="Utility">The utility after the variants, without <c>!</c> (<c>bg-black/50</c>).</param>
public sealed record ClassStyle(string ClassName, IReadOnlyList<string> Variants, string Utility, bool Important, IReadOnlyList<StyleRule> Rules)
{
    /// <summary>The variant prefix as written, <c>md:hover</c>, or an empty string.</summary>
    public string VariantKey => string.Join(':', Variants);

    /// <summary>Every resolved declaration of every rule, in order.</summary>
    public IEnumerable<CssDeclaration> Declarations => Rules.SelectMany(r => r.Declarations);
}
