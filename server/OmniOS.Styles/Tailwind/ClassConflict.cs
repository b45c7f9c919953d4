namespace OmniOS.Styles.Tailwind;

/// <summary>
/// Two classes of one element that set the same property, under the same variants, to different values
/// (<c>p-4 p-6</c>): only <see cref="Winner"/>, the later in Tailwind's output, has an effect.
/// </summary>
public sealed record ClassConflict(string Loser, string Winner, string Property);
