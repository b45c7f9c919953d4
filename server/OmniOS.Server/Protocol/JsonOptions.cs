using System.Text.Encodings.Web;
using System.Text.Json;

namespace OmniOS.Server.Protocol;

/// <summary>How the server writes JSON: UTF-8 text left readable (no \u escapes for non-ASCII or HTML characters).</summary>
public static class JsonOptions
{
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
}
