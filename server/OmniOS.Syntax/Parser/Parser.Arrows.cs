namespace OmniOS.Syntax.Parser;

internal sealed partial class Parser
{
    private enum Tristate
    {
        False,
        True,
        Unknown,
    }

    /// <summary>
    /// ArrowFunction: 'async'? (Identifier | TypeParameterList? ParameterList TypeAnnotation?) '=&gt;' (Block | AssignmentExpression).
    /// A parenthesized head is parsed speculatively; a position found not to start one is remembered,
    /// so nested parentheses are not tried again and again.
    /// </summary>
    private bool TryParseArrowFunction(int mark, bool returnTypeNeedsColon)
    {
        switch (Kind)
        {
            case SyntaxKind.IdentifierToken:
                if (IsContextual("async"))
                {
                    var next = PeekToken();
                    if (!next.LineBreakBefore)
                    {
                        if (next.Kind == SyntaxKind.IdentifierToken && IsSimpleArrowAfterAsync())
                        {
                            Consume();
                            ParseSimpleArrowFunction(mark, returnTypeNeedsColon);
                            return true;
                        }
                        if (next.Kind == SyntaxKind.OpenParenToken || (TypeScript && next.Kind == SyntaxKind.LessThanToken))
                        {
                            var checkpoint = Save();
                            Consume();
                            if (TryParseParenthesizedArrowFunction(mark, returnTypeNeedsColon))
                                return true;
                            Restore(checkpoint);
                            return false;
                        }
                    }
                }
                if (PeekToken() is { Kind: SyntaxKind.EqualsGreaterThanToken, LineBreakBefore: false })
                {
                    ParseSimpleArrowFunction(mark, returnTypeNeedsColon);
                    return true;
                }
                return false;
            case SyntaxKind.OpenParenToken:
                return TryParseParenthesizedArrowFunction(mark, returnTypeNeedsColon);
            case SyntaxKind.LessThanToken when TypeScript && (!Jsx || IsGenericArrowInTsx()):
                return TryParseParenthesizedArrowFunction(mark, returnTypeNeedsColon);
            default:
                return false;
        }
    }

    private bool IsSimpleArrowAfterAsync()
    {
        var checkpoint = Save();
        Consume();
        Consume();
        var result = Kind == SyntaxKind.EqualsGreaterThanToken && !PrecedingLineBreak;
        Restore(checkpoint);
        return result;
    }

    /// <summary>
    /// In .tsx, '&lt;T,&gt;', '&lt;T = U&gt;' and '&lt;T extends U&gt;' (each optionally after 'const') start a
    /// generic arrow function; anything else is JSX.
    /// </summary>
    private bool IsGenericArrowInTsx()
    {
        var checkpoint = Save();
        Consume();
        if (Kind == SyntaxKind.ConstKeyword)
            Consume();
        var result = false;
        if (Kind == SyntaxKind.IdentifierToken)
        {
            Consume();
            if (Kind is SyntaxKind.CommaToken or SyntaxKind.EqualsToken)
            {
                result = true;
            }
            else if (Kind == SyntaxKind.ExtendsKeyword)
            {
                Consume();
                result = Kind is not SyntaxKind.EqualsToken and not SyntaxKind.GreaterThanToken and not SyntaxKind.SlashToken;
            }
        }
        Restore(checkpoint);
        return result;
    }

    /// <summary>Identifier '=&gt;' ConciseBody; the parameter sits in a ParameterList without parentheses, as in the other forms.</summary>
    private void ParseSimpleArrowFunction(int mark, bool returnTypeNeedsColon)
    {
        var parameterListMark = Mark();
        ParseBindingIdentifier();
        Finish(SyntaxKind.Parameter, parameterListMark);
        Finish(SyntaxKind.ParameterList, parameterListMark);
        Expect(SyntaxKind.EqualsGreaterThanToken);
        ParseArrowBody(returnTypeNeedsColon);
        Finish(SyntaxKind.ArrowFunction, mark);
    }

    private bool TryParseParenthesizedArrowFunction(int mark, bool returnTypeNeedsColon)
    {
        var start = Current.Start;
        if (_notArrowFunctionAt?.Contains(start) == true)
            return false;
        var certainty = Kind == SyntaxKind.OpenParenToken ? IsParenthesizedArrowFunctionStart() : Tristate.Unknown;
        if (certainty == Tristate.False)
            return false;

        var checkpoint = Save();
        if (Kind == SyntaxKind.LessThanToken)
            ParseTypeParameterList();
        ParseParameterList();
        var hasReturnType = false;
        if (TypeScript && Kind == SyntaxKind.ColonToken)
        {
            hasReturnType = true;
            ParseReturnTypeAnnotation();
        }
        var isArrow = Kind == SyntaxKind.EqualsGreaterThanToken && !PrecedingLineBreak && !ContainsDiagnosticsSince(checkpoint.NodeCount);
        if (!isArrow && certainty != Tristate.True)
        {
            Restore(checkpoint);
            (_notArrowFunctionAt ??= []).Add(start);
            return false;
        }
        Expect(SyntaxKind.EqualsGreaterThanToken);
        ParseArrowBody(returnTypeNeedsColon);
        // In 'a ? (b): c => d : e' the '(b): c => d' reading must leave the ':' of the conditional.
        if (hasReturnType && returnTypeNeedsColon && Kind != SyntaxKind.ColonToken && certainty != Tristate.True)
        {
            Restore(checkpoint);
            return false;
        }
        Finish(SyntaxKind.ArrowFunction, mark);
        return true;
    }

    /// <summary>
    /// A quick look past '(' that settles most cases without a speculative parse: '()' and '(...'
    /// are arrow heads, '(1', '("', '(-' never are.
    /// </summary>
    private Tristate IsParenthesizedArrowFunctionStart()
    {
        var checkpoint = Save();
        Consume();
        Tristate result;
        switch (Kind)
        {
            case SyntaxKind.CloseParenToken:
                Consume();
                result = Kind is SyntaxKind.EqualsGreaterThanToken or SyntaxKind.ColonToken or SyntaxKind.OpenBraceToken ? Tristate.True : Tristate.False;
                break;
            case SyntaxKind.DotDotDotToken:
                result = Tristate.True;
                break;
            case SyntaxKind.OpenBracketToken:
            case SyntaxKind.OpenBraceToken:
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.AtToken:
                result = Tristate.Unknown;
                break;
            default:
                result = Tristate.False;
                break;
        }
        Restore(checkpoint);
        return result;
    }

    /// <summary>ConciseBody: Block | AssignmentExpression</summary>
    private void ParseArrowBody(bool returnTypeNeedsColon)
    {
        if (Kind == SyntaxKind.OpenBraceToken)
        {
            ParseBlock();
            return;
        }
        _arrowReturnTypeNeedsColon = returnTypeNeedsColon;
        ParseAssignmentExpression();
    }
}
