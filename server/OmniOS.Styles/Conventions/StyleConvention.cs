namespace OmniOS.Styles.Conventions;

/// <summary>How styles are written: Tailwind classes in <c>className</c>, or an inline <c>style={{…}}</c> object.</summary>
public enum StyleConvention
{
    Classes,
    Inline,
}
