namespace OmniOS.Syntax.Parser;

internal sealed partial class Lexer
{
    /// <summary>
    /// Lexes from <paramref name="fullStart"/> in JSX child position: JSX text (whitespace and
    /// comment-like text included, no trivia), '{', '&lt;' or the end of the file.
    /// </summary>
    public TokenInfo LexJsxChild(int fullStart)
    {
        _pos = fullStart;
        _pendingLineBreak = false;
        var token = new TokenInfo { FullStart = fullStart, Start = fullStart, Leading = InternalSyntax.GreenToken.NoTrivia };
        if (_pos >= _text.Length)
        {
            token.Kind = SyntaxKind.EndOfFileToken;
        }
        else if (_text[_pos] == '{')
        {
            _pos++;
            token.Kind = SyntaxKind.OpenBraceToken;
        }
        else if (_text[_pos] == '<')
        {
            _pos++;
            token.Kind = SyntaxKind.LessThanToken;
        }
        else
        {
            while (_pos < _text.Length && _text[_pos] is not '{' and not '<')
                _pos++;
            token.Kind = SyntaxKind.JsxTextToken;
            token.Text = _text.Substring(fullStart, _pos - fullStart);
        }
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        return token;
    }

    /// <summary>Extends an identifier or keyword the parser found in a JSX tag with '-' parts: 'data-id', 'aria-label'.</summary>
    public TokenInfo RescanJsxIdentifier(TokenInfo token)
    {
        _pos = token.End;
        while (_pos < _text.Length && (_text[_pos] == '-' || IsIdentifierPart(_text[_pos])))
            _pos++;
        if (_pos == token.End && token.Kind == SyntaxKind.IdentifierToken)
            return token;
        token.Kind = SyntaxKind.IdentifierToken;
        token.Text = Intern(token.Start, _pos - token.Start);
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        return token;
    }

    /// <summary>Re-reads a string in a JSX attribute: no escapes, line breaks allowed, up to the same quote.</summary>
    public TokenInfo RescanJsxString(TokenInfo token)
    {
        _pos = token.Start;
        _error = null;
        var quote = _text[_pos++];
        while (_pos < _text.Length && _text[_pos] != quote)
            _pos++;
        if (_pos < _text.Length)
            _pos++;
        else
            ReportError(Diagnostics.UnterminatedJsxString(), token.Start, _pos - token.Start);
        token.Kind = SyntaxKind.StringLiteralToken;
        token.Text = Intern(token.Start, _pos - token.Start);
        token.End = _pos;
        CharactersScanned += token.End - token.Start;
        token.Error = null;
        CopyError(ref token);
        return token;
    }
}
