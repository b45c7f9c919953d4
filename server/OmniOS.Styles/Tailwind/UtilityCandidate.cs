namespace OmniOS.Styles.Tailwind;

/// <summary>
/// The value after a utility's root: named (<c>4</c>, <c>red-500</c>, <c>1</c> of the fraction <c>1/2</c>) or
/// arbitrary (the CSS text between brackets, decoded, with its explicit data type: <c>[length:13px]</c>).
/// </summary>
internal sealed record UtilityValue(string Text, bool IsArbitrary, string? DataType = null, string? Fraction = null);

/// <summary>What follows a top-level slash: an opacity (<c>/50</c>, <c>/[0.37]</c>) or a line height (<c>text-sm/6</c>).</summary>
internal sealed record UtilityModifier(string Text, bool IsArbitrary);

/// <summary>A utility split at one of its roots: <c>-translate-x-1/2</c> → root <c>translate-x</c>, value 1 (fraction 1/2), negative.</summary>
internal sealed record UtilityCandidate(string Root, UtilityValue? Value, UtilityModifier? Modifier, bool Negative)
{
    /// <summary>True for the root alone (<c>border</c>, <c>shadow</c>, <c>rounded</c>).</summary>
    public bool IsBare => Value is null;

    /// <summary>The named value's text, or null for a bare or arbitrary one.</summary>
    public string? Named => Value is { IsArbitrary: false } value ? value.Text : null;
}
