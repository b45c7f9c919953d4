namespace OmniOS.Syntax.Parser;

internal sealed partial class Lexer
{
    /// <summary>
    /// NumericLiteral: decimal (with fraction, exponent and '_' separators), '0x' / '0o' / '0b',
    /// legacy octal, and BigInt with the 'n' suffix.
    /// </summary>
    private SyntaxKind ScanNumber(ref TokenInfo token)
    {
        var start = _pos;
        var kind = SyntaxKind.NumericLiteralToken;
        if (Peek() == '0' && Peek(1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = char.ToLowerInvariant(Peek(1));
            _pos += 2;
            var digitsStart = _pos;
            while (_pos < _text.Length && (IsDigitOfRadix(_text[_pos], radix) || _text[_pos] == '_'))
                _pos++;
            if (_pos == digitsStart)
                ReportError(Diagnostics.InvalidNumber(), start, _pos - start);
            if (Peek() == 'n')
            {
                _pos++;
                kind = SyntaxKind.BigIntLiteralToken;
            }
        }
        else
        {
            ScanDecimalDigits();
            var isInteger = true;
            if (Peek() == '.')
            {
                isInteger = false;
                _pos++;
                ScanDecimalDigits();
            }
            if (Peek() is 'e' or 'E' && (IsDecimalDigit(Peek(1)) || (Peek(1) is '+' or '-' && IsDecimalDigit(Peek(2)))))
            {
                isInteger = false;
                _pos += Peek(1) is '+' or '-' ? 2 : 1;
                ScanDecimalDigits();
            }
            if (isInteger && Peek() == 'n')
            {
                _pos++;
                kind = SyntaxKind.BigIntLiteralToken;
            }
        }
        // '3in' or '1x' is one bad token, not a number followed by an identifier.
        if (_pos < _text.Length && IsIdentifierStart(_text[_pos]))
        {
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
                _pos++;
            ReportError(Diagnostics.InvalidNumber(), start, _pos - start);
        }
        token.Text = Intern(start, _pos - start);
        return kind;
    }

    private void ScanDecimalDigits()
    {
        while (_pos < _text.Length && (IsDecimalDigit(_text[_pos]) || (_text[_pos] == '_' && IsDecimalDigit(Peek(1)))))
            _pos++;
    }

    private static bool IsDigitOfRadix(char c, char radix) => radix switch
    {
        'x' => IsHexDigit(c),
        'o' => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    /// <summary>StringLiteral in single or double quotes, with escapes and line continuations.</summary>
    private SyntaxKind ScanString(ref TokenInfo token)
    {
        var start = _pos;
        var quote = _text[_pos++];
        while (true)
        {
            if (_pos >= _text.Length)
            {
                ReportError(Diagnostics.UnterminatedString(), start, _pos - start);
                break;
            }
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                break;
            }
            if (c == '\\')
            {
                _pos++;
                if (_pos < _text.Length)
                    _pos += _text[_pos] == '\r' && Peek(1) == '\n' ? 2 : 1;
                continue;
            }
            if (c is '\n' or '\r')
            {
                ReportError(Diagnostics.UnterminatedString(), start, _pos - start);
                break;
            }
            _pos++;
        }
        token.Text = Intern(start, _pos - start);
        return SyntaxKind.StringLiteralToken;
    }

    /// <summary>
    /// The rest of a template after '`' (head) or after '}' (middle or tail): up to the closing
    /// '`' or the next '${'.
    /// </summary>
    private SyntaxKind ScanTemplateRest(ref TokenInfo token, bool isHead)
    {
        var start = token.Start;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                ReportError(Diagnostics.UnterminatedTemplate(), start, _pos - start);
                token.Text = Intern(start, _pos - start);
                return isHead ? SyntaxKind.NoSubstitutionTemplateToken : SyntaxKind.TemplateTailToken;
            }
            var c = _text[_pos];
            if (c == '`')
            {
                _pos++;
                token.Text = Intern(start, _pos - start);
                return isHead ? SyntaxKind.NoSubstitutionTemplateToken : SyntaxKind.TemplateTailToken;
            }
            if (c == '$' && Peek(1) == '{')
            {
                _pos += 2;
                token.Text = Intern(start, _pos - start);
                return isHead ? SyntaxKind.TemplateHeadToken : SyntaxKind.TemplateMiddleToken;
            }
            _pos += c == '\\' && _pos + 1 < _text.Length ? 2 : 1;
        }
    }

    /// <summary>Re-reads a '}' the parser knows closes a template substitution, as a template middle or tail.</summary>
    public TokenInfo RescanTemplateContinuation(TokenInfo token)
    {
        _pos = token.Start + 1;
        _error = null;
        token.Text = null;
        token.Kind = ScanTemplateRest(ref token, isHead: false);
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        CopyError(ref token);
        return token;
    }

    /// <summary>Re-reads a '/' or '/=' the parser found where an expression starts, as a regular expression literal.</summary>
    public TokenInfo RescanRegularExpression(TokenInfo token)
    {
        _pos = token.Start + 1;
        _error = null;
        var inClass = false;
        while (true)
        {
            if (_pos >= _text.Length || IsLineTerminator(_text[_pos]))
            {
                ReportError(Diagnostics.UnterminatedRegularExpression(), token.Start, _pos - token.Start);
                break;
            }
            var c = _text[_pos];
            if (c == '\\')
            {
                _pos++;
                if (_pos < _text.Length && !IsLineTerminator(_text[_pos]))
                    _pos++;
                continue;
            }
            _pos++;
            if (c == '[')
                inClass = true;
            else if (c == ']')
                inClass = false;
            else if (c == '/' && !inClass)
                break;
        }
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            _pos++;
        token.Kind = SyntaxKind.RegularExpressionLiteralToken;
        token.Text = Intern(token.Start, _pos - token.Start);
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        CopyError(ref token);
        return token;
    }

    /// <summary>Re-reads a '&gt;' where a binary operator may stand: '&gt;&gt;', '&gt;&gt;&gt;', '&gt;=', '&gt;&gt;=', '&gt;&gt;&gt;='.</summary>
    public TokenInfo RescanGreaterThan(TokenInfo token)
    {
        _pos = token.Start + 1;
        var kind = SyntaxKind.GreaterThanToken;
        if (Peek() == '>')
        {
            if (Peek(1) == '>')
            {
                kind = Peek(2) == '=' ? SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken : SyntaxKind.GreaterThanGreaterThanGreaterThanToken;
                _pos += Peek(2) == '=' ? 3 : 2;
            }
            else
            {
                kind = Peek(1) == '=' ? SyntaxKind.GreaterThanGreaterThanEqualsToken : SyntaxKind.GreaterThanGreaterThanToken;
                _pos += Peek(1) == '=' ? 2 : 1;
            }
        }
        else if (Peek() == '=')
        {
            kind = SyntaxKind.GreaterThanEqualsToken;
            _pos++;
        }
        token.Kind = kind;
        token.Text = SyntaxFacts.GetText(kind);
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        return token;
    }

    /// <summary>Re-reads '&lt;&lt;' or '&lt;=' as a single '&lt;' (a type argument list opening: 'f&lt;&lt;T&gt;() =&gt; T&gt;').</summary>
    public TokenInfo RescanLessThan(TokenInfo token)
    {
        _pos = token.Start + 1;
        token.Kind = SyntaxKind.LessThanToken;
        token.Text = "<";
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        return token;
    }
}
