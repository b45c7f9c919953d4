namespace OmniOS.Styles.Tailwind;

/// <summary>A completion for a class being typed: a whole class (with the variants typed so far), or a variant to continue with.</summary>
/// <param name="Label">What to insert for the word being typed: <c>md:bg-red-500</c>, or <c>md:hover:</c> for a variant.</param>
public sealed record ClassCompletion(string Label, bool IsVariant);
