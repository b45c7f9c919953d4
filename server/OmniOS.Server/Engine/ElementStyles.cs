using OmniOS.Styles.Conventions;

namespace OmniOS.Server.Engine;

/// <summary>
/// What the inspector shows for one element at one variant (null: no variant): the file's convention, whether the
/// element's className and style object can be edited, and each property asked for.
/// </summary>
public sealed record ElementStyles(string? Variant, StyleConvention FileConvention, bool ClassesEditable, bool InlineEditable, IReadOnlyList<InspectedProperty> Properties);
