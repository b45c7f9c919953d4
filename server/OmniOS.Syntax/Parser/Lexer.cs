using System.Runtime.CompilerServices;
using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// Turns text into tokens on demand. The parser picks the mode: it asks for the next token in the
/// ordinary way and, where the grammar decides, re-scans the current one as a regular expression,
/// a template continuation, a combined '&gt;' operator, a JSX name, a JSX string or JSX child text.
/// Every character of the text ends up in a token or in trivia.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    /// <summary>Every identifier and short literal text seen so far, each with its keyword kind (IdentifierToken when it is none).</summary>
    private readonly Dictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> _strings;
    private int _pos;

    /// <summary>The trailing trivia of the last consumed token ended in a line break.</summary>
    private bool _pendingLineBreak;

    private DiagnosticInfo? _error;
    private int _errorStart;
    private int _errorLength;

    public Lexer(string text)
    {
        _text = text;
        _strings = SyntaxFacts.NewWordTable().GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Text => _text;

    /// <summary>
    /// How many characters have been scanned, re-scans and lookahead included: a deterministic
    /// measure of the parser's work, which tests hold to a small multiple of the text length.
    /// </summary>
    public long CharactersScanned { get; private set; }

    /// <summary>The lexer's whole state, for speculative parsing.</summary>
    public (int Position, bool PendingLineBreak) State
    {
        get => (_pos, _pendingLineBreak);
        set => (_pos, _pendingLineBreak) = value;
    }

    /// <summary>Moves to <paramref name="position"/>, which must be a token boundary (used when a subtree is reused).</summary>
    public void ResetTo(int position, bool pendingLineBreak)
    {
        _pos = position;
        _pendingLineBreak = pendingLineBreak;
    }

    /// <summary>Lexes the leading trivia and the text of the next token into <paramref name="token"/>, with '/' read as division.</summary>
    public void Lex(ref TokenInfo token)
    {
        token = default;
        token.FullStart = _pos;
        var lineBreak = _pendingLineBreak;
        _pendingLineBreak = false;
        token.Leading = ScanTrivia(trailing: false, ref lineBreak);
        token.PrecedingLineBreak = lineBreak;
        token.Start = _pos;
        _error = null;
        token.Kind = ScanToken(ref token);
        token.End = _pos;
        CharactersScanned += _pos - token.FullStart;
        CopyError(ref token);
    }

    /// <summary>Lexes the trailing trivia of the token just consumed: up to and including the end of its line.</summary>
    public GreenTrivia[] LexTrailingTrivia()
    {
        var lineBreak = false;
        var start = _pos;
        var trivia = ScanTrivia(trailing: true, ref lineBreak);
        CharactersScanned += _pos - start;
        _pendingLineBreak = lineBreak;
        return trivia;
    }

    /// <summary>The consumed token has no trailing trivia (JSX text follows it).</summary>
    public void SkipTrailingTrivia() => _pendingLineBreak = false;

    public string GetText(in TokenInfo token) => token.Text ?? Intern(token.Start, token.End - token.Start);

    private void CopyError(ref TokenInfo token)
    {
        if (_error is null)
            return;
        token.Error = _error;
        token.ErrorOffset = _errorStart - token.Start;
        token.ErrorLength = _errorLength;
        _error = null;
    }

    private void ReportError(DiagnosticInfo error, int start, int length)
    {
        // The first error in a token is the one worth reading.
        if (_error is not null)
            return;
        _error = error;
        _errorStart = start;
        _errorLength = length;
    }

    private string Intern(int start, int length)
    {
        if (length > 48)
            return _text.Substring(start, length);
        return InternWord(start, length, out _);
    }

    /// <summary>The shared string for the text at <paramref name="start"/>, and the reserved word it spells (IdentifierToken if none).</summary>
    private string InternWord(int start, int length, out SyntaxKind kind)
    {
        var span = _text.AsSpan(start, length);
        if (_strings.TryGetValue(span, out var existing, out kind))
            return existing;
        var text = span.ToString();
        kind = SyntaxKind.IdentifierToken;
        _strings[text] = kind;
        return text;
    }

    private char Peek(int offset = 0)
    {
        var index = _pos + offset;
        return (uint)index < (uint)_text.Length ? _text[index] : '\0';
    }

    private bool AtEnd => _pos >= _text.Length;

    // ---- Trivia ------------------------------------------------------------------------------

    private GreenTrivia[] ScanTrivia(bool trailing, ref bool lineBreak)
    {
        GreenTrivia[]? single = null;
        List<GreenTrivia>? list = null;

        while (_pos < _text.Length)
        {
            var start = _pos;
            var c = _text[_pos];
            GreenTrivia[]? piece;
            var endsLine = false;

            if (c is ' ' or '\t')
            {
                _pos++;
                while (_pos < _text.Length && (_text[_pos] is ' ' or '\t' || IsOtherWhitespace(_text[_pos])))
                    _pos++;
                piece = TriviaCache.Whitespace(_text, start, _pos - start);
            }
            else if (c == '\n')
            {
                _pos++;
                piece = TriviaCache.LineFeed;
                endsLine = true;
            }
            else if (c == '\r')
            {
                _pos += Peek(1) == '\n' ? 2 : 1;
                piece = TriviaCache.EndOfLine(_text, start, _pos - start);
                endsLine = true;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                _pos += 2;
                while (_pos < _text.Length && !IsLineTerminator(_text[_pos]))
                    _pos++;
                piece = [new GreenTrivia(SyntaxKind.SingleLineCommentTrivia, _text.Substring(start, _pos - start))];
            }
            else if (c == '/' && Peek(1) == '*')
            {
                piece = [ScanMultiLineComment(ref lineBreak)];
            }
            else if (c == '#' && Peek(1) == '!' && IsFileStart(start))
            {
                while (_pos < _text.Length && !IsLineTerminator(_text[_pos]))
                    _pos++;
                piece = [new GreenTrivia(SyntaxKind.ShebangTrivia, _text.Substring(start, _pos - start))];
            }
            else if (c is '\u2028' or '\u2029')
            {
                _pos++;
                piece = TriviaCache.EndOfLine(_text, start, 1);
                endsLine = true;
            }
            else if (IsOtherWhitespace(c))
            {
                _pos++;
                while (_pos < _text.Length && (_text[_pos] is ' ' or '\t' || IsOtherWhitespace(_text[_pos])))
                    _pos++;
                piece = TriviaCache.Whitespace(_text, start, _pos - start);
            }
            else
            {
                break;
            }

            if (single is null && list is null)
            {
                single = piece;
            }
            else
            {
                list ??= [.. single!];
                list.AddRange(piece);
            }

            if (endsLine)
            {
                lineBreak = true;
                if (trailing)
                    break;
            }
        }

        if (list is not null)
            return [.. list];
        return single ?? GreenToken.NoTrivia;
    }

    private GreenTrivia ScanMultiLineComment(ref bool lineBreak)
    {
        var start = _pos;
        _pos += 2;
        var terminated = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '*' && Peek(1) == '/')
            {
                _pos += 2;
                terminated = true;
                break;
            }
            if (IsLineTerminator(c))
                lineBreak = true;
            _pos++;
        }
        var text = _text.Substring(start, _pos - start);
        if (terminated)
            return new GreenTrivia(SyntaxKind.MultiLineCommentTrivia, text);
        var trivia = new GreenTrivia(SyntaxKind.MultiLineCommentTrivia, text, GreenFlags.ContainsDiagnostics);
        GreenDiagnostics.Attach(trivia, [new GreenDiagnostic(Diagnostics.UnterminatedComment(), 0, 2)]);
        return trivia;
    }

    private bool IsFileStart(int position) => position == 0 || (position == 1 && _text[0] == '\uFEFF');

    // ---- Tokens ------------------------------------------------------------------------------

    private SyntaxKind ScanToken(ref TokenInfo token)
    {
        if (_pos >= _text.Length)
            return SyntaxKind.EndOfFileToken;

        var c = _text[_pos];
        switch (c)
        {
            case '{': _pos++; return SyntaxKind.OpenBraceToken;
            case '}': _pos++; return SyntaxKind.CloseBraceToken;
            case '(': _pos++; return SyntaxKind.OpenParenToken;
            case ')': _pos++; return SyntaxKind.CloseParenToken;
            case '[': _pos++; return SyntaxKind.OpenBracketToken;
            case ']': _pos++; return SyntaxKind.CloseBracketToken;
            case ';': _pos++; return SyntaxKind.SemicolonToken;
            case ',': _pos++; return SyntaxKind.CommaToken;
            case ':': _pos++; return SyntaxKind.ColonToken;
            case '~': _pos++; return SyntaxKind.TildeToken;
            case '@': _pos++; return SyntaxKind.AtToken;
            case '>':
                // Always a single '>': the parser combines '>>', '>=' … where an operator may stand,
                // so that 'Array<Array<T>>' closes two type argument lists.
                _pos++;
                return SyntaxKind.GreaterThanToken;
            case '.':
                if (IsDecimalDigit(Peek(1)))
                    return ScanNumber(ref token);
                if (Peek(1) == '.' && Peek(2) == '.')
                {
                    _pos += 3;
                    return SyntaxKind.DotDotDotToken;
                }
                _pos++;
                return SyntaxKind.DotToken;
            case '<':
                if (Peek(1) == '<')
                    return Operator(Peek(2) == '=' ? 3 : 2, Peek(2) == '=' ? SyntaxKind.LessThanLessThanEqualsToken : SyntaxKind.LessThanLessThanToken);
                return Peek(1) == '=' ? Operator(2, SyntaxKind.LessThanEqualsToken) : Operator(1, SyntaxKind.LessThanToken);
            case '=':
                if (Peek(1) == '=')
                    return Peek(2) == '=' ? Operator(3, SyntaxKind.EqualsEqualsEqualsToken) : Operator(2, SyntaxKind.EqualsEqualsToken);
                return Peek(1) == '>' ? Operator(2, SyntaxKind.EqualsGreaterThanToken) : Operator(1, SyntaxKind.EqualsToken);
            case '!':
                if (Peek(1) == '=')
                    return Peek(2) == '=' ? Operator(3, SyntaxKind.ExclamationEqualsEqualsToken) : Operator(2, SyntaxKind.ExclamationEqualsToken);
                return Operator(1, SyntaxKind.ExclamationToken);
            case '+':
                return Peek(1) switch
                {
                    '+' => Operator(2, SyntaxKind.PlusPlusToken),
                    '=' => Operator(2, SyntaxKind.PlusEqualsToken),
                    _ => Operator(1, SyntaxKind.PlusToken),
                };
            case '-':
                return Peek(1) switch
                {
                    '-' => Operator(2, SyntaxKind.MinusMinusToken),
                    '=' => Operator(2, SyntaxKind.MinusEqualsToken),
                    _ => Operator(1, SyntaxKind.MinusToken),
                };
            case '*':
                if (Peek(1) == '*')
                    return Peek(2) == '=' ? Operator(3, SyntaxKind.AsteriskAsteriskEqualsToken) : Operator(2, SyntaxKind.AsteriskAsteriskToken);
                return Peek(1) == '=' ? Operator(2, SyntaxKind.AsteriskEqualsToken) : Operator(1, SyntaxKind.AsteriskToken);
            case '/':
                return Peek(1) == '=' ? Operator(2, SyntaxKind.SlashEqualsToken) : Operator(1, SyntaxKind.SlashToken);
            case '%':
                return Peek(1) == '=' ? Operator(2, SyntaxKind.PercentEqualsToken) : Operator(1, SyntaxKind.PercentToken);
            case '&':
                if (Peek(1) == '&')
                    return Peek(2) == '=' ? Operator(3, SyntaxKind.AmpersandAmpersandEqualsToken) : Operator(2, SyntaxKind.AmpersandAmpersandToken);
                return Peek(1) == '=' ? Operator(2, SyntaxKind.AmpersandEqualsToken) : Operator(1, SyntaxKind.AmpersandToken);
            case '|':
                if (Peek(1) == '|')
                    return Peek(2) == '=' ? Operator(3, SyntaxKind.BarBarEqualsToken) : Operator(2, SyntaxKind.BarBarToken);
                return Peek(1) == '=' ? Operator(2, SyntaxKind.BarEqualsToken) : Operator(1, SyntaxKind.BarToken);
            case '^':
                return Peek(1) == '=' ? Operator(2, SyntaxKind.CaretEqualsToken) : Operator(1, SyntaxKind.CaretToken);
            case '?':
                if (Peek(1) == '?')
                    return Peek(2) == '=' ? Operator(3, SyntaxKind.QuestionQuestionEqualsToken) : Operator(2, SyntaxKind.QuestionQuestionToken);
                // 'a?.5:b' is a conditional, not an optional chain.
                if (Peek(1) == '.' && !IsDecimalDigit(Peek(2)))
                    return Operator(2, SyntaxKind.QuestionDotToken);
                return Operator(1, SyntaxKind.QuestionToken);
            case '"':
            case '\'':
                return ScanString(ref token);
            case '`':
                _pos++;
                return ScanTemplateRest(ref token, isHead: true);
            case '#':
                if (IsIdentifierStart(Peek(1)) || Peek(1) == '\\')
                {
                    _pos++;
                    if (ScanIdentifierRest(ref token, _pos - 1))
                        token.Text = Intern(token.Start, _pos - token.Start);
                    return SyntaxKind.PrivateIdentifierToken;
                }
                return Operator(1, SyntaxKind.HashToken);
            case >= '0' and <= '9':
                return ScanNumber(ref token);
            default:
                if (IsIdentifierStart(c) || c == '\\' || (char.IsHighSurrogate(c) && IsAstralIdentifierStart()))
                    return ScanIdentifierOrKeyword(ref token);
                return ScanBadCharacter();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SyntaxKind Operator(int length, SyntaxKind kind)
    {
        _pos += length;
        return kind;
    }

    private SyntaxKind ScanBadCharacter()
    {
        var start = _pos;
        _pos += char.IsHighSurrogate(_text[_pos]) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        ReportError(Diagnostics.InvalidCharacter(_text[start]), start, _pos - start);
        return SyntaxKind.BadToken;
    }

    private SyntaxKind ScanIdentifierOrKeyword(ref TokenInfo token)
    {
        var start = _pos;
        if (!ScanIdentifierRest(ref token, start))
            return SyntaxKind.IdentifierToken;
        token.Text = InternWord(start, _pos - start, out var kind);
        return kind;
    }

    /// <summary>
    /// Scans identifier characters from the current position; the token's text starts at <paramref name="start"/>.
    /// Returns true for a plain word, whose text the caller interns (it may be a keyword); an
    /// identifier with escapes gets its text here and is never a keyword.
    /// </summary>
    private bool ScanIdentifierRest(ref TokenInfo token, int start)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '$')
            {
                _pos++;
            }
            else if (c == '\\')
            {
                token.HasEscape = true;
                ScanUnicodeEscapeInIdentifier();
            }
            else if (c > 127 && IsIdentifierPartNonAscii(c))
            {
                _pos++;
            }
            else if (char.IsHighSurrogate(c) && IsAstralIdentifierPart())
            {
                _pos += 2;
            }
            else
            {
                break;
            }
        }
        if (!token.HasEscape)
            return true;
        token.Text = Intern(start, _pos - start);
        return false;
    }

    private void ScanUnicodeEscapeInIdentifier()
    {
        var start = _pos;
        _pos++;
        if (Peek() != 'u')
        {
            ReportError(Diagnostics.InvalidCharacter('\\'), start, 1);
            return;
        }
        _pos++;
        if (Peek() == '{')
        {
            _pos++;
            while (IsHexDigit(Peek()))
                _pos++;
            if (Peek() == '}')
                _pos++;
            else
                ReportError(Diagnostics.InvalidCharacter('\\'), start, _pos - start);
            return;
        }
        for (var i = 0; i < 4; i++)
        {
            if (!IsHexDigit(Peek()))
            {
                ReportError(Diagnostics.InvalidCharacter('\\'), start, _pos - start);
                return;
            }
            _pos++;
        }
    }

    // ---- Character classes -------------------------------------------------------------------

    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    public static bool IsDecimalDigit(char c) => c is >= '0' and <= '9';

    public static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static bool IsOtherWhitespace(char c) =>
        c is '\v' or '\f' or '\u00A0' or '\uFEFF' || (c > 127 && c != '\u2028' && c != '\u2029' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);

    public static bool IsIdentifierStart(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '$' || (c > 127 && IsIdentifierStartNonAscii(c));

    public static bool IsIdentifierPart(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '$' || (c > 127 && IsIdentifierPartNonAscii(c));

    private static bool IsIdentifierStartNonAscii(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter
            or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.LetterNumber;
    }

    private static bool IsIdentifierPartNonAscii(char c)
    {
        if (c is '\u200C' or '\u200D')
            return true;
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter
            or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.LetterNumber
            or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }

    private bool IsAstralIdentifierStart() => IsAstralLetter(_pos);

    private bool IsAstralIdentifierPart() => IsAstralLetter(_pos);

    private bool IsAstralLetter(int index)
    {
        if (index + 1 >= _text.Length || !char.IsSurrogatePair(_text[index], _text[index + 1]))
            return false;
        var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(_text[index], _text[index + 1]));
        return category is System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.LetterNumber;
    }
}
