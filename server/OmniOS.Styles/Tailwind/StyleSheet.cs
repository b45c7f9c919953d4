namespace OmniOS.Styles.Tailwind;

/// <summary>The CSS for a set of classes (<see cref="TailwindStyles.Generate"/>).</summary>
/// <param name="Css">The stylesheet: the rules in Tailwind's order, the <c>@property</c> registrations and keyframes they use.</param>
/// <param name="Classes">The classes it styles, in the order of their rules.</param>
/// <param name="Unknown">The classes Tailwind would generate nothing for, in the order given; they are left out, not lost.</param>
public sealed record StyleSheet(string Css, IReadOnlyList<string> Classes, IReadOnlyList<string> Unknown);
