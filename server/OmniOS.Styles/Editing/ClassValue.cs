namespace OmniOS.Styles.Editing;

/// <summary>
/// The value a property has on an element at a variant, and the class it comes from: at <c>md</c>, padding 2rem
/// from <c>md:p-8</c>, or 1rem from <c>p-4</c> (<see cref="Inherited"/>: set at a smaller breakpoint or without variant).
/// </summary>
public sealed record ClassValue(string Property, string Value, string ClassName, bool Inherited);
