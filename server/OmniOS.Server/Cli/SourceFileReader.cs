using OmniOS.Syntax;

namespace OmniOS.Server.Cli;

/// <summary>Reads a source file for a command, with a clear message when it cannot.</summary>
public static class SourceFileReader
{
    public static bool TryRead(string path, TextWriter error, out string text) => TryRead(path, error, out text, out _);

    public static bool TryRead(string path, TextWriter error, out string text, out bool isValidUtf8)
    {
        try
        {
            text = SourceFile.Decode(File.ReadAllBytes(path), out isValidUtf8);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"omnios: cannot read {path}: {e.Message}");
            text = string.Empty;
            isValidUtf8 = false;
            return false;
        }
    }
}
