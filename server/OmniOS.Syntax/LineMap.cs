namespace OmniOS.Syntax;

/// <summary>Maps UTF-16 offsets to lines and columns. Line breaks are \n, \r\n, \r, U+2028 and U+2029, as in ECMAScript.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based line holding <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The 0-based line and column of <paramref name="position"/>.</summary>
    public (int Line, int Column) GetLineAndColumn(int position)
    {
        var line = GetLineIndex(position);
        return (line, position - _lineStarts[line]);
    }
}
