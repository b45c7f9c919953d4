namespace OmniOS.Styles.Conventions;

/// <summary>Where an inspector edit of one property is written: classes or the inline style; or, with a null convention, why it cannot be.</summary>
public sealed record StyleTarget(StyleConvention? Convention, string? Refusal)
{
    public static StyleTarget Refused(string reason) => new(null, reason);
}
