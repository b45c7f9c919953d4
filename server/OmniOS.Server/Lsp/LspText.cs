using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Syntax;

namespace OmniOS.Server.Lsp;

/// <summary>
/// LSP positions in a text: zero-based lines (broken at \n, \r\n and \r only, as LSP says) and
/// UTF-16 character offsets within the line, converted to and from offsets.
/// </summary>
public sealed class LspText
{
    /// <summary>The line maps of texts in use: requests on the same document version share one (a text is immutable).</summary>
    private static readonly ConditionalWeakTable<string, LspText> Shared = new();

    private readonly int[] _lineStarts;

    public LspText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                starts.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
    }

    public string Text { get; }

    /// <summary>The line map of <paramref name="text"/>, made once per text while the text is alive.</summary>
    public static LspText Of(string text) => Shared.GetValue(text, t => new LspText(t));

    public int ToOffset(int line, int character)
    {
        if (line < 0)
            return 0;
        if (line >= _lineStarts.Length)
            return Text.Length;
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        return Math.Clamp(start + Math.Max(0, character), start, end);
    }

    public (int Line, int Character) ToPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
            line = ~line - 1;
        return (line, offset - _lineStarts[line]);
    }

    public JsonObject Range(TextSpan span) => new()
    {
        ["start"] = Position(span.Start),
        ["end"] = Position(span.End),
    };

    public JsonObject Position(int offset)
    {
        var (line, character) = ToPosition(offset);
        return new JsonObject { ["line"] = line, ["character"] = character };
    }

    public int OffsetOf(JsonElement position) => ToOffset(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    public TextSpan SpanOf(JsonElement range) => TextSpan.FromBounds(OffsetOf(range.GetProperty("start")), Math.Max(OffsetOf(range.GetProperty("start")), OffsetOf(range.GetProperty("end"))));
}
