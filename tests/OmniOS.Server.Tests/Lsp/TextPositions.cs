namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// The test client's own LSP position arithmetic (zero-based lines broken at \n, \r\n and \r;
/// characters in UTF-16 code units, which is what a C# string index is), kept independent of the
/// server's so the two check each other.
/// </summary>
public static class TextPositions
{
    public static int OffsetOf(string text, int line, int character)
    {
        var offset = 0;
        for (var current = 0; current < line; current++)
        {
            var next = text.IndexOfAny(['\r', '\n'], offset);
            if (next < 0)
                throw new ArgumentOutOfRangeException(nameof(line), $"The text has no line {line}.");
            offset = text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? next + 2 : next + 1;
        }
        return offset + character;
    }

    public static (int Line, int Character) PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }
}
