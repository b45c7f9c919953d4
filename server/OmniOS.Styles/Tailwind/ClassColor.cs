using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind;

/// <summary>The colour a class sets and the property it sets it on (<c>bg-red-500</c>: background-color), for editor colour swatches.</summary>
public sealed record ClassColor(string Property, CssColor Color);
