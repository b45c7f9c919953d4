namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>
/// How a single-value utility reads its value (<see cref="UtilityTable.Value"/>): in order, a
/// <see cref="Keywords"/> entry, a theme key of <see cref="Namespaces"/>, a spacing multiple, a
/// <see cref="BareValue"/> reading, a fraction, an arbitrary value of one of <see cref="Types"/>.
/// </summary>
internal sealed record ValueOptions
{
    public IReadOnlyDictionary<string, string> Keywords { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string[] Namespaces { get; init; } = [];

    /// <summary>Bare multiples of <c>--spacing</c>: <c>p-4</c> → <c>calc(0.25rem * 4)</c>.</summary>
    public bool Spacing { get; init; }

    /// <summary>Fractions as percentages: <c>w-1/2</c> → 50%.</summary>
    public bool Fractions { get; init; }

    public bool Negative { get; init; }

    /// <summary>The value of the root alone (<c>rounded</c>): a theme variable name or a literal.</summary>
    public string? Bare { get; init; }

    /// <summary>Reads other named values (<c>z-10</c> → 10, <c>rotate-45</c> → 45deg); null when it does not.</summary>
    public Func<string, string?>? BareValue { get; init; }

    public string[] Types { get; init; } = ["length", "percentage"];

    /// <summary>Declarations written before the main ones, with <c>{value}</c> for the value (<c>--tw-leading: {value}</c>).</summary>
    public string? Before { get; init; }

    /// <summary>Named values to suggest beyond the keywords and theme keys.</summary>
    public IEnumerable<string>? Suggestions { get; init; }

    /// <summary>A keyword table: <c>Map(("auto", "auto"), ("full", "100%"))</c>.</summary>
    public static Dictionary<string, string> Map(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
