using System.Runtime.CompilerServices;
using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// A recursive-descent parser for TypeScript, JavaScript and JSX that builds a lossless green tree.
/// It never throws on any input: what it cannot place becomes an error node or a missing token
/// with a diagnostic, and parsing goes on at the next statement, member or JSX element.
/// The grammar is split by concern: statements, declarations, expressions, types and JSX.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>How deep constructs may nest before the parser stops descending (and says so).</summary>
    internal const int MaxDepth = 600;

    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private readonly NodeReuser? _reuser;
    private readonly NodeStack _nodes = new();
    private TokenInfo _token;
    private bool _hasToken;

    // One token of lookahead, kept until the current token is consumed: most decisions need just
    // one, and keeping it means the next token is lexed once, not once per question asked.
    private TokenInfo _peek;
    private bool _hasPeek;
    private GreenTrivia[] _peekTrailing = GreenToken.NoTrivia;
    private (int Position, bool PendingLineBreak) _lexerStateAfterPeek;
    private int _depth;
    private bool _disallowIn;
    private HashSet<int>? _notArrowFunctionAt;

    public Parser(string text, ParseOptions options, NodeReuser? reuser = null)
    {
        _lexer = new Lexer(text);
        _options = options;
        _reuser = reuser;
    }

    /// <summary>Characters the lexer has scanned so far, re-scans and lookahead included (see <see cref="Lexer.CharactersScanned"/>).</summary>
    public long CharactersScanned => _lexer.CharactersScanned;

    private bool TypeScript => _options.TypeScript;

    private bool Jsx => _options.Jsx;

    /// <summary>SourceFile: Statement* EndOfFile</summary>
    public GreenNode ParseSourceFile()
    {
        var mark = Mark();
        ParseStatementList(StatementListEnd.EndOfFile);
        Consume();
        Finish(SyntaxKind.SourceFile, mark);
        return _nodes[0];
    }

    // ---- Tokens ------------------------------------------------------------------------------

    private ref TokenInfo Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (!_hasToken)
            {
                _lexer.Lex(ref _token);
                _hasToken = true;
            }
            return ref _token;
        }
    }

    private SyntaxKind Kind => Current.Kind;

    /// <summary>Replaces the current token with a re-scan of it; the lookahead no longer holds.</summary>
    private void SetCurrent(TokenInfo token)
    {
        _token = token;
        _hasToken = true;
        _hasPeek = false;
    }

    /// <summary>The token after the current one, lexed in the ordinary way (the current token's trailing trivia included).</summary>
    private ref TokenInfo Peek
    {
        get
        {
            ref var current = ref Current;
            if (!_hasPeek)
            {
                var state = _lexer.State;
                _peekTrailing = current.Kind == SyntaxKind.EndOfFileToken ? GreenToken.NoTrivia : _lexer.LexTrailingTrivia();
                _lexer.Lex(ref _peek);
                _lexerStateAfterPeek = _lexer.State;
                _lexer.State = state;
                _hasPeek = true;
            }
            return ref _peek;
        }
    }

    /// <summary>Where the next token's leading trivia starts (without lexing it).</summary>
    private int NextFullStart => _hasToken ? _token.FullStart : _lexer.State.Position;

    private string CurrentText => _lexer.GetText(Current);

    private bool IsContextual(string keyword) => Kind == SyntaxKind.IdentifierToken && !_token.HasEscape && CurrentText == keyword;

    private bool PrecedingLineBreak => Current.PrecedingLineBreak;

    /// <summary>Consumes the current token, with its trailing trivia per <paramref name="mode"/>.</summary>
    private void Consume(TriviaMode mode = TriviaMode.Normal) => ConsumeAs(Kind, mode);

    /// <summary>Consumes the current token as <paramref name="kind"/> (a keyword used as a name becomes an identifier).</summary>
    private void ConsumeAs(SyntaxKind kind, TriviaMode mode = TriviaMode.Normal)
    {
        ref var t = ref Current;
        GreenTrivia[] trailing;
        var usePeek = _hasPeek && mode == TriviaMode.Normal;
        if (usePeek)
        {
            trailing = _peekTrailing;
        }
        else if (mode == TriviaMode.Normal && t.Kind != SyntaxKind.EndOfFileToken)
        {
            trailing = _lexer.LexTrailingTrivia();
        }
        else
        {
            _lexer.SkipTrailingTrivia();
            trailing = GreenToken.NoTrivia;
        }
        var text = t.Text ?? SyntaxFacts.GetText(t.Kind) ?? _lexer.Text.Substring(t.Start, t.End - t.Start);
        GreenToken token;
        if (t.Error is null)
        {
            token = TokenCache.Get(kind, text, t.Leading, trailing);
        }
        else
        {
            token = GreenToken.Create(kind, text, t.Leading, trailing, GreenFlags.ContainsDiagnostics);
            GreenDiagnostics.Attach(token, [new GreenDiagnostic(t.Error, t.Start - t.FullStart + t.ErrorOffset, t.ErrorLength)]);
        }
        _nodes.Add(token);
        if (usePeek)
        {
            _token = _peek;
            _lexer.State = _lexerStateAfterPeek;
        }
        _hasToken = usePeek;
        _hasPeek = false;
    }

    private bool TryConsume(SyntaxKind kind)
    {
        if (Kind != kind)
            return false;
        Consume();
        return true;
    }

    /// <summary>Consumes a token of <paramref name="kind"/>, or puts a missing one in its place with a diagnostic.</summary>
    private bool Expect(SyntaxKind kind, TriviaMode mode = TriviaMode.Normal)
    {
        if (Kind == kind)
        {
            Consume(mode);
            return true;
        }
        AddMissing(kind, Diagnostics.ExpectedToken(kind));
        return false;
    }

    /// <summary>A zero-width token where the grammar needs one; the diagnostic points at the token actually found.</summary>
    private void AddMissing(SyntaxKind kind, DiagnosticInfo diagnostic)
    {
        ref var t = ref Current;
        var token = GreenToken.Missing(kind, GreenFlags.ContainsDiagnostics);
        GreenDiagnostics.Attach(token, [new GreenDiagnostic(diagnostic, t.Start - t.FullStart, t.End - t.Start)]);
        _nodes.Add(token);
    }

    /// <summary>Consumes an identifier, or a keyword where any IdentifierName is allowed (property names, JSX attributes).</summary>
    private void ConsumeIdentifierName()
    {
        if (SyntaxFacts.IsKeyword(Kind))
            ConsumeAs(SyntaxKind.IdentifierToken);
        else
            Expect(SyntaxKind.IdentifierToken);
    }

    private bool IsIdentifierOrKeyword => Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(Kind);

    // ---- Nodes -------------------------------------------------------------------------------

    private int Mark() => _nodes.Count;

    /// <summary>Makes a node of everything pushed since <paramref name="mark"/>.</summary>
    private void Finish(SyntaxKind kind, int mark)
    {
        var node = GreenSyntaxNode.Create(kind, _nodes.From(mark));
        _nodes.Truncate(mark);
        _nodes.Add(node);
    }

    /// <summary>Makes a node and attaches <paramref name="diagnostic"/> to its text (trivia excluded).</summary>
    private void FinishWithError(SyntaxKind kind, int mark, DiagnosticInfo diagnostic)
    {
        var node = GreenSyntaxNode.Create(kind, _nodes.From(mark), GreenFlags.ContainsDiagnostics);
        _nodes.Truncate(mark);
        var leading = GreenTree.LeadingTriviaWidth(node);
        var trailing = GreenTree.TrailingTriviaWidth(node);
        GreenDiagnostics.Attach(node, [new GreenDiagnostic(diagnostic, leading, Math.Max(0, node.FullWidth - leading - trailing))]);
        _nodes.Add(node);
    }

    /// <summary>Wraps the current token in an error node with <paramref name="diagnostic"/>: the token is kept, never dropped.</summary>
    private void SkipTokenWithError(DiagnosticInfo diagnostic)
    {
        var mark = Mark();
        if (Kind == SyntaxKind.EndOfFileToken)
            return;
        Consume();
        FinishWithError(SyntaxKind.ErrorNode, mark, diagnostic);
    }

    private DiagnosticInfo UnexpectedCurrent() => Diagnostics.UnexpectedToken(Kind == SyntaxKind.EndOfFileToken ? "end of file" : CurrentText);

    private bool ContainsDiagnosticsSince(int mark)
    {
        for (var i = mark; i < _nodes.Count; i++)
        {
            if (_nodes[i].ContainsDiagnostics)
                return true;
        }
        return false;
    }

    // ---- Speculation -------------------------------------------------------------------------

    private readonly record struct Checkpoint(TokenInfo Token, bool HasToken, (int Position, bool PendingLineBreak) LexerState, int NodeCount, bool DisallowIn);

    private Checkpoint Save() => new(_token, _hasToken, _lexer.State, _nodes.Count, _disallowIn);

    private void Restore(in Checkpoint checkpoint)
    {
        _hasPeek = false;
        _token = checkpoint.Token;
        _hasToken = checkpoint.HasToken;
        _lexer.State = checkpoint.LexerState;
        _nodes.Truncate(checkpoint.NodeCount);
        _disallowIn = checkpoint.DisallowIn;
    }

    /// <summary>The kind of the token after the current one (lexed in the ordinary way).</summary>
    private SyntaxKind PeekKind() => Peek.Kind;

    /// <summary>The token after the current one: its kind, whether a line break precedes it, and its text.</summary>
    private (SyntaxKind Kind, bool LineBreakBefore, string Text) PeekToken()
    {
        ref var peek = ref Peek;
        return (peek.Kind, peek.PrecedingLineBreak, _lexer.GetText(peek));
    }

    // ---- Nesting -----------------------------------------------------------------------------

    /// <summary>
    /// Enters one level of nesting. Past <see cref="MaxDepth"/> (or near the end of the thread's
    /// stack) it consumes the construct at the current token flat, brackets balanced, as one error
    /// node, and returns false: absurd input gets a diagnostic, never a stack overflow.
    /// </summary>
    private bool EnterNesting()
    {
        // Shallow nesting always fits; deeper, ask the runtime whether the thread's stack has room.
        if (_depth < 64 || (_depth < MaxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            _depth++;
            return true;
        }
        SkipBalancedWithError(Diagnostics.NestingTooDeep(MaxDepth));
        return false;
    }

    private void ExitNesting() => _depth--;

    /// <summary>Consumes tokens up to the end of the current bracketed group, without recursion.</summary>
    private void SkipBalancedWithError(DiagnosticInfo diagnostic)
    {
        var mark = Mark();
        var balance = 0;
        do
        {
            var kind = Kind;
            if (kind == SyntaxKind.EndOfFileToken)
                break;
            if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken or SyntaxKind.TemplateHeadToken)
                balance++;
            else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken)
            {
                if (balance == 0)
                    break;
                balance--;
            }
            Consume();
        }
        while (balance > 0);
        if (Mark() == mark)
            AddMissing(SyntaxKind.IdentifierToken, diagnostic);
        else
            FinishWithError(SyntaxKind.ErrorNode, mark, diagnostic);
    }

    // ---- Incremental reuse -------------------------------------------------------------------

    /// <summary>Takes an unchanged subtree of the previous tree that starts exactly here, if there is one.</summary>
    private bool TryReuse(ReusableNodeKind kind)
    {
        if (_reuser is null)
            return false;
        var position = NextFullStart;
        if (!_reuser.TryTake(kind, position, out var node, out var endsWithLineBreak))
            return false;
        _nodes.Add(node);
        _hasToken = false;
        _hasPeek = false;
        _lexer.ResetTo(position + node.FullWidth, endsWithLineBreak);
        return true;
    }
}
