using System.Text.Json;
using OmniOS.Server.Engine;
using OmniOS.Styles.Conventions;

namespace OmniOS.Server.Lsp;

/// <summary>
/// The editor's OmniOS settings as the server receives them, in initializationOptions and
/// workspace/didChangeConfiguration: <c>{"omnios": {"styling": {"convention": "auto|tailwind|inline"}}}</c>.
/// </summary>
internal static class EditorSettings
{
    /// <summary>The configuration section the server asks for with workspace/configuration when a change notification carries no settings.</summary>
    public const string ConventionSection = "omnios.styling.convention";

    /// <summary>Whether <paramref name="settings"/> holds the OmniOS section (then <paramref name="convention"/> is its convention value, possibly null).</summary>
    public static bool TryReadConvention(JsonElement settings, out JsonElement? convention)
    {
        convention = null;
        if (settings.ValueKind != JsonValueKind.Object || !settings.TryGetProperty("omnios", out var omnios) || omnios.ValueKind != JsonValueKind.Object)
            return false;
        if (omnios.TryGetProperty("styling", out var styling) && styling.ValueKind == JsonValueKind.Object && styling.TryGetProperty("convention", out var value))
            convention = value;
        return true;
    }

    /// <summary>
    /// The setting a value gives: null (the project's file decides) for a missing or null value; a message instead
    /// when the value is not one of the three.
    /// </summary>
    public static (ConventionSetting? Setting, string? Problem) Convention(JsonElement? value)
    {
        if (value is not { } given || given.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return (null, null);
        if (given.ValueKind == JsonValueKind.String && ProjectStyles.ParseSetting(given.GetString()) is { } setting)
            return (setting, null);
        return (null, $"The setting {ConventionSection} must be \"auto\", \"tailwind\" or \"inline\", not {given.GetRawText()}; the project's setting applies.");
    }
}
