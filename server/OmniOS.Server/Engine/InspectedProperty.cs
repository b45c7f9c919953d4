using OmniOS.Styles.Conventions;

namespace OmniOS.Server.Engine;

/// <summary>
/// One inspector property of an element at a variant: its value and where it comes from — a class (<see cref="ClassName"/>)
/// or the inline style (<see cref="Inline"/>, which wins over classes) — marked <see cref="Inherited"/> when it is set
/// without the variant or at a smaller breakpoint; no value when nothing sets it. <see cref="Target"/> says where an edit
/// of it would be written, or why it cannot be.
/// </summary>
public sealed record InspectedProperty(string Property, string? Value, string? ClassName, InlineValue? Inline, bool Inherited, StyleTarget Target);
