using System.Text;

namespace OmniOS.Syntax;

/// <summary>
/// Reads source files as bytes and decodes them as UTF-8, keeping a byte order mark as the
/// character U+FEFF (File.ReadAllText would drop it), so offsets and round trips are exact.
/// </summary>
public static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="isValidUtf8"/> is false when invalid bytes had to be replaced.</summary>
    public static string Decode(byte[] bytes, out bool isValidUtf8)
    {
        try
        {
            isValidUtf8 = true;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            isValidUtf8 = false;
            return LenientUtf8.GetString(bytes);
        }
    }

    /// <summary>Encodes <paramref name="text"/> back to the same bytes it was decoded from (a leading U+FEFF becomes the BOM).</summary>
    public static byte[] Encode(string text) => StrictUtf8.GetBytes(text);
}
