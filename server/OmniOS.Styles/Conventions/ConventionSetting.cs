namespace OmniOS.Styles.Conventions;

/// <summary>The project setting (<c>omnios/settings.json</c>, <c>styles.convention</c>): follow each file and element, or force one convention.</summary>
public enum ConventionSetting
{
    Auto,
    Tailwind,
    Inline,
}
