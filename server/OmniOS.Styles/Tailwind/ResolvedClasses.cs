namespace OmniOS.Styles.Tailwind;

/// <summary>A class list resolved: the classes Tailwind knows, in order, and the others, kept and reported apart (never dropped).</summary>
public sealed record ResolvedClasses(IReadOnlyList<ClassStyle> Known, IReadOnlyList<string> Unknown);
