using System.Text;
using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

internal sealed partial class Parser
{
    /// <summary>The names of the JSX elements open around the current position, innermost last ("" for a fragment).</summary>
    private readonly List<string> _openJsxNames = [];

    /// <summary>The nesting depth at the '{' of the JSX child expression being parsed, or -1 outside one.</summary>
    private int _jsxChildExpressionDepth = -1;

    /// <summary>
    /// JsxElement: JsxSelfClosingElement | JsxOpeningElement JsxChild* JsxClosingElement | JsxFragment.
    /// <paramref name="inJsxChild"/>: the element is a child of another, so its last '&gt;' is followed by
    /// JSX text and owns no trailing trivia.
    /// </summary>
    private void ParseJsxElementOrFragment(bool inJsxChild)
    {
        if (!EnterNesting())
            return;
        var closingTrivia = inJsxChild ? TriviaMode.None : TriviaMode.Normal;
        var mark = Mark();
        Consume();

        if (Kind == SyntaxKind.GreaterThanToken)
        {
            Consume(TriviaMode.None);
            Finish(SyntaxKind.JsxOpeningFragment, mark);
            ParseJsxChildrenAndClosing(mark, string.Empty, closingTrivia, SyntaxKind.JsxFragment);
            ExitNesting();
            return;
        }

        var name = ParseJsxElementName();
        if (TypeScript && Kind == SyntaxKind.LessThanToken)
            ParseTypeArgumentList();
        ParseJsxAttributes();

        if (Kind == SyntaxKind.SlashToken)
        {
            Consume();
            Expect(SyntaxKind.GreaterThanToken, closingTrivia);
            Finish(SyntaxKind.JsxSelfClosingElement, mark);
            ExitNesting();
            return;
        }

        if (Kind is SyntaxKind.CloseBraceToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken
            or SyntaxKind.SemicolonToken or SyntaxKind.CommaToken or SyntaxKind.EndOfFileToken)
        {
            // '<div className="x"' being typed before code ('}', ')', ';' …): a self-closing element
            // without its '/>', so that what follows is read as code again rather than as children.
            _nodes.Add(GreenToken.Missing(SyntaxKind.SlashToken));
            AddMissing(SyntaxKind.GreaterThanToken, Diagnostics.Expected("'>' or '/>'"));
            Finish(SyntaxKind.JsxSelfClosingElement, mark);
            ExitNesting();
            return;
        }

        Expect(SyntaxKind.GreaterThanToken, TriviaMode.None);
        Finish(SyntaxKind.JsxOpeningElement, mark);
        ParseJsxChildrenAndClosing(mark, name, closingTrivia, SyntaxKind.JsxElement);
        ExitNesting();
    }

    /// <summary>
    /// The children and the closing tag. A closing tag that belongs to an enclosing element
    /// ('&lt;div&gt;&lt;span&gt;&lt;/div&gt;') leaves this element unclosed, with a diagnostic, and closes the outer one.
    /// </summary>
    private void ParseJsxChildrenAndClosing(int mark, string name, TriviaMode closingTrivia, SyntaxKind kind)
    {
        _openJsxNames.Add(name);
        ParseJsxChildren();
        _openJsxNames.RemoveAt(_openJsxNames.Count - 1);

        var isFragment = kind == SyntaxKind.JsxFragment;
        var closingName = Kind == SyntaxKind.LessThanToken ? PeekJsxClosingName() : null;
        var closesAnOuterElement = closingName is not null && closingName != name && _openJsxNames.Contains(closingName);
        if (closingName is null || closesAnOuterElement)
        {
            var closingMark = Mark();
            _nodes.Add(GreenToken.Missing(SyntaxKind.LessThanToken));
            _nodes.Add(GreenToken.Missing(SyntaxKind.SlashToken));
            _nodes.Add(GreenToken.Missing(SyntaxKind.GreaterThanToken));
            Finish(isFragment ? SyntaxKind.JsxClosingFragment : SyntaxKind.JsxClosingElement, closingMark);
            var opening = _nodes[mark];
            FinishWithErrorAt(kind, mark, isFragment ? Diagnostics.JsxUnclosedFragment() : Diagnostics.JsxUnclosedElement(name),
                GreenTree.LeadingTriviaWidth(opening), opening.FullWidth - GreenTree.LeadingTriviaWidth(opening) - GreenTree.TrailingTriviaWidth(opening));
            return;
        }

        var closeMark = Mark();
        Consume();
        Expect(SyntaxKind.SlashToken);
        if (isFragment && Kind == SyntaxKind.GreaterThanToken)
        {
            Consume(closingTrivia);
            Finish(SyntaxKind.JsxClosingFragment, closeMark);
            Finish(kind, mark);
            return;
        }
        var actualName = Kind == SyntaxKind.GreaterThanToken ? string.Empty : ParseJsxElementName();
        Expect(SyntaxKind.GreaterThanToken, closingTrivia);
        if (actualName != name)
            FinishWithError(isFragment ? SyntaxKind.JsxClosingFragment : SyntaxKind.JsxClosingElement, closeMark, Diagnostics.JsxClosingTagMismatch(name, actualName));
        else
            Finish(isFragment ? SyntaxKind.JsxClosingFragment : SyntaxKind.JsxClosingElement, closeMark);
        Finish(kind, mark);
    }

    /// <summary>JsxChild*: text, '{' expression '}', '{' '...' expression '}', elements — up to a closing tag or the end of the file.</summary>
    private void ParseJsxChildren()
    {
        while (true)
        {
            if (TryReuse(ReusableNodeKind.JsxChild))
                continue;
            ScanJsxChild();
            switch (Kind)
            {
                case SyntaxKind.JsxTextToken:
                {
                    var mark = Mark();
                    Consume(TriviaMode.None);
                    Finish(SyntaxKind.JsxText, mark);
                    break;
                }
                case SyntaxKind.OpenBraceToken:
                    ParseJsxExpressionChild();
                    break;
                case SyntaxKind.LessThanToken:
                    if (PeekJsxClosingName() is not null)
                        return;
                    ParseJsxElementOrFragment(inJsxChild: true);
                    break;
                default:
                    return;
            }
        }
    }

    private void ScanJsxChild()
    {
        var fullStart = NextFullStart;
        SetCurrent(_lexer.LexJsxChild(fullStart));
    }

    /// <summary>JsxExpressionContainer: '{' Expression? '}' | JsxSpreadChild: '{' '...' Expression '}'</summary>
    private void ParseJsxExpressionChild()
    {
        var mark = Mark();
        Consume();
        var kind = SyntaxKind.JsxExpressionContainer;
        var outerDepth = _jsxChildExpressionDepth;
        _jsxChildExpressionDepth = _depth;
        if (Kind == SyntaxKind.DotDotDotToken)
        {
            Consume();
            ParseExpressionAllowIn();
            kind = SyntaxKind.JsxSpreadChild;
        }
        else if (Kind != SyntaxKind.CloseBraceToken)
        {
            ParseExpressionAllowIn();
        }
        _jsxChildExpressionDepth = outerDepth;
        Expect(SyntaxKind.CloseBraceToken, TriviaMode.None);
        Finish(kind, mark);
    }

    /// <summary>
    /// '&lt;/' directly after an operand at the top of a JSX child expression: '&lt;div&gt;{a&lt;/div&gt;' is a
    /// container whose '}' is missing, not 'a' compared with a regular expression.
    /// </summary>
    private bool IsClosingTagInJsxChildExpression() =>
        _depth == _jsxChildExpressionDepth + 1 && Peek.Kind == SyntaxKind.SlashToken && Peek.Start == Current.End;

    /// <summary>If the current '&lt;' starts a closing tag, its name ("" for '&lt;/&gt;'); else null.</summary>
    private string? PeekJsxClosingName()
    {
        var checkpoint = Save();
        Consume();
        string? name = null;
        if (Kind == SyntaxKind.SlashToken)
        {
            Consume();
            name = Kind == SyntaxKind.GreaterThanToken ? string.Empty : ParseJsxElementName();
        }
        Restore(checkpoint);
        return name;
    }

    /// <summary>JsxElementName: JsxIdentifier | JsxNamespacedName | JsxMemberName; returns its text without trivia.</summary>
    private string ParseJsxElementName()
    {
        var mark = Mark();
        var text = new StringBuilder();
        ParseJsxIdentifier(text);
        if (Kind == SyntaxKind.ColonToken)
        {
            Consume();
            text.Append(':');
            ParseJsxIdentifier(text);
            Finish(SyntaxKind.JsxNamespacedName, mark);
            return text.ToString();
        }
        while (Kind == SyntaxKind.DotToken)
        {
            Consume();
            text.Append('.');
            ParseJsxIdentifier(text);
            Finish(SyntaxKind.JsxMemberName, mark);
        }
        return text.ToString();
    }

    private void ParseJsxIdentifier(StringBuilder text)
    {
        var mark = Mark();
        if (IsIdentifierOrKeyword)
        {
            SetCurrent(_lexer.RescanJsxIdentifier(_token));
            text.Append(CurrentText);
            ConsumeAs(SyntaxKind.IdentifierToken);
        }
        else
        {
            AddMissing(SyntaxKind.IdentifierToken, Diagnostics.IdentifierExpected());
        }
        Finish(SyntaxKind.IdentifierName, mark);
    }

    /// <summary>JsxAttributes: (JsxAttribute | JsxSpreadAttribute)*</summary>
    private void ParseJsxAttributes()
    {
        while (true)
        {
            if (IsIdentifierOrKeyword)
            {
                ParseJsxAttribute();
            }
            else if (Kind == SyntaxKind.OpenBraceToken)
            {
                var mark = Mark();
                Consume();
                Expect(SyntaxKind.DotDotDotToken);
                ParseAssignmentExpressionAllowIn();
                Expect(SyntaxKind.CloseBraceToken);
                Finish(SyntaxKind.JsxSpreadAttribute, mark);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>JsxAttribute: JsxAttributeName ('=' (StringLiteral | '{' AssignmentExpression '}' | JsxElement))?</summary>
    private void ParseJsxAttribute()
    {
        var mark = Mark();
        var nameMark = Mark();
        var ignored = new StringBuilder();
        ParseJsxIdentifier(ignored);
        if (Kind == SyntaxKind.ColonToken)
        {
            Consume();
            ParseJsxIdentifier(ignored);
            Finish(SyntaxKind.JsxNamespacedName, nameMark);
        }
        if (TryConsume(SyntaxKind.EqualsToken))
        {
            var valueMark = Mark();
            switch (Kind)
            {
                case SyntaxKind.StringLiteralToken:
                    SetCurrent(_lexer.RescanJsxString(_token));
                    Consume();
                    Finish(SyntaxKind.LiteralExpression, valueMark);
                    break;
                case SyntaxKind.OpenBraceToken:
                    Consume();
                    if (Kind == SyntaxKind.CloseBraceToken)
                        AddMissing(SyntaxKind.IdentifierToken, Diagnostics.ExpressionExpected());
                    else
                        ParseAssignmentExpressionAllowIn();
                    Expect(SyntaxKind.CloseBraceToken);
                    Finish(SyntaxKind.JsxExpressionContainer, valueMark);
                    break;
                case SyntaxKind.LessThanToken:
                    ParseJsxElementOrFragment(inJsxChild: false);
                    break;
                default:
                    AddMissing(SyntaxKind.StringLiteralToken, Diagnostics.Expected("JSX attribute value"));
                    break;
            }
        }
        Finish(SyntaxKind.JsxAttribute, mark);
    }

    /// <summary>Makes a node and attaches <paramref name="diagnostic"/> at an offset from its full start.</summary>
    private void FinishWithErrorAt(SyntaxKind kind, int mark, DiagnosticInfo diagnostic, int offset, int length)
    {
        Finish(kind, mark);
        var flagged = ((GreenSyntaxNode)_nodes[^1]).WithOwnFlags(GreenFlags.ContainsDiagnostics);
        GreenDiagnostics.Attach(flagged, [new GreenDiagnostic(diagnostic, offset, Math.Max(0, length))]);
        _nodes[^1] = flagged;
    }

}
