using OmniOS.Styles.Editing;

namespace OmniOS.Styles.Conventions;

/// <summary>What an inspector edit does to an element's source: class edits, an inline style property, or nothing possible.</summary>
public abstract record StyleChange;

/// <summary>Edit the classes (the <c>replaceClasses</c> design command, or <c>removeClass</c>/<c>addClass</c>).</summary>
public sealed record ClassChange(ClassEdit Edit) : StyleChange;

/// <summary>Set (or, with a null value, remove) one property of the inline style object (the <c>setStyle</c> design command).</summary>
public sealed record InlineChange(string Property, string? Value) : StyleChange;

/// <summary>The edit cannot be written in this element's source, and why (a computed className, a breakpoint in an inline style).</summary>
public sealed record RefusedChange(string Reason) : StyleChange;
