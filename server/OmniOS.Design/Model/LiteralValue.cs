namespace OmniOS.Design.Model;

/// <summary>
/// A value written literally in the source — the data a repeater maps over (`const features = [{…}]`)
/// — so a view can show the real items without running any code.
/// </summary>
public abstract record LiteralValue;

public sealed record LiteralString(string Value) : LiteralValue;

/// <summary>A number, as written (`12`, `0.5`, `-3`).</summary>
public sealed record LiteralNumber(string Text) : LiteralValue;

public sealed record LiteralBoolean(bool Value) : LiteralValue;

public sealed record LiteralNull : LiteralValue;

public sealed record LiteralArray(IReadOnlyList<LiteralValue> Items) : LiteralValue;

/// <summary>An object literal's properties in source order.</summary>
public sealed record LiteralObject(IReadOnlyList<KeyValuePair<string, LiteralValue>> Properties) : LiteralValue;
