using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

internal sealed partial class Parser
{
    /// <summary>
    /// Set for the true branch of a conditional and read by the next assignment expression: there an
    /// arrow function with a return type must be followed by ':' ('a ? (b): c => d : e').
    /// </summary>
    private bool _arrowReturnTypeNeedsColon;

    private void ParseExpressionAllowIn()
    {
        var disallowIn = _disallowIn;
        _disallowIn = false;
        ParseExpression();
        _disallowIn = disallowIn;
    }

    private void ParseAssignmentExpressionAllowIn()
    {
        var disallowIn = _disallowIn;
        _disallowIn = false;
        ParseAssignmentExpression();
        _disallowIn = disallowIn;
    }

    /// <summary>Expression: AssignmentExpression (',' AssignmentExpression)*</summary>
    private void ParseExpression()
    {
        var mark = Mark();
        ParseAssignmentExpression();
        if (Kind != SyntaxKind.CommaToken)
            return;
        while (TryConsume(SyntaxKind.CommaToken))
            ParseAssignmentExpression();
        Finish(SyntaxKind.CommaExpression, mark);
    }

    /// <summary>
    /// AssignmentExpression: YieldExpression | ArrowFunction | ConditionalExpression
    /// | LeftHandSideExpression AssignmentOperator AssignmentExpression
    /// </summary>
    private void ParseAssignmentExpression()
    {
        var arrowReturnTypeNeedsColon = _arrowReturnTypeNeedsColon;
        _arrowReturnTypeNeedsColon = false;
        if (!EnterNesting())
            return;
        var mark = Mark();
        if (IsContextual("yield"))
        {
            ParseYieldExpression(mark);
        }
        else if (!TryParseArrowFunction(mark, arrowReturnTypeNeedsColon))
        {
            ParseConditionalExpression(mark);
            // The binary operator loop has already combined '>' '>=' into '>>=' where it stands.
            if (SyntaxFacts.IsAssignmentOperator(Kind))
            {
                Consume();
                _arrowReturnTypeNeedsColon = arrowReturnTypeNeedsColon;
                ParseAssignmentExpression();
                Finish(SyntaxKind.AssignmentExpression, mark);
            }
        }
        ExitNesting();
    }

    /// <summary>YieldExpression: 'yield' ('*'? AssignmentExpression)?</summary>
    private void ParseYieldExpression(int mark)
    {
        Consume();
        if (!PrecedingLineBreak)
        {
            if (TryConsume(SyntaxKind.AsteriskToken))
                ParseAssignmentExpression();
            else if (IsStartOfExpression())
                ParseAssignmentExpression();
        }
        Finish(SyntaxKind.YieldExpression, mark);
    }

    /// <summary>ConditionalExpression: BinaryExpression ('?' AssignmentExpression ':' AssignmentExpression)?</summary>
    private void ParseConditionalExpression(int mark)
    {
        ParseBinaryExpression(0, mark);
        if (Kind != SyntaxKind.QuestionToken)
            return;
        Consume();
        _arrowReturnTypeNeedsColon = true;
        ParseAssignmentExpressionAllowIn();
        Expect(SyntaxKind.ColonToken);
        ParseAssignmentExpression();
        Finish(SyntaxKind.ConditionalExpression, mark);
    }

    /// <summary>Binary operators by precedence climbing; 'as' and 'satisfies' bind like relational operators.</summary>
    private void ParseBinaryExpression(int minPrecedence, int mark)
    {
        ParseUnaryExpression();
        while (true)
        {
            if (Kind == SyntaxKind.GreaterThanToken)
                SetCurrent(_lexer.RescanGreaterThan(_token));
            var kind = Kind;
            int precedence;
            var isTypeOperator = false;
            if (kind == SyntaxKind.IdentifierToken && TypeScript && !PrecedingLineBreak && !_token.HasEscape && CurrentText is "as" or "satisfies")
            {
                precedence = RelationalPrecedence;
                isTypeOperator = true;
            }
            else if (kind == SyntaxKind.LessThanToken && Jsx && IsClosingTagInJsxChildExpression())
            {
                break;
            }
            else
            {
                precedence = BinaryPrecedence(kind);
            }
            if (precedence <= minPrecedence)
                break;
            if (isTypeOperator)
            {
                var nodeKind = CurrentText == "as" ? SyntaxKind.AsExpression : SyntaxKind.SatisfiesExpression;
                Consume();
                ParseTypeOrConst();
                Finish(nodeKind, mark);
                continue;
            }
            Consume();
            var rightMark = Mark();
            // '**' is right-associative: '2 ** 3 ** 2' is '2 ** (3 ** 2)'.
            ParseBinaryExpression(kind == SyntaxKind.AsteriskAsteriskToken ? precedence - 1 : precedence, rightMark);
            Finish(SyntaxKind.BinaryExpression, mark);
        }
    }

    /// <summary>The type of an assertion ('x as T', '&lt;T&gt;x'): a Type, or 'const' as a TypeReference.</summary>
    private void ParseTypeOrConst()
    {
        if (Kind == SyntaxKind.ConstKeyword)
        {
            var mark = Mark();
            Consume();
            Finish(SyntaxKind.TypeReference, mark);
        }
        else
        {
            ParseType();
        }
    }

    private const int RelationalPrecedence = 8;

    private int BinaryPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.QuestionQuestionToken => 1,
        SyntaxKind.BarBarToken => 2,
        SyntaxKind.AmpersandAmpersandToken => 3,
        SyntaxKind.BarToken => 4,
        SyntaxKind.CaretToken => 5,
        SyntaxKind.AmpersandToken => 6,
        SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken or SyntaxKind.EqualsEqualsEqualsToken or SyntaxKind.ExclamationEqualsEqualsToken => 7,
        SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanEqualsToken or SyntaxKind.InstanceOfKeyword => RelationalPrecedence,
        SyntaxKind.InKeyword => _disallowIn ? 0 : RelationalPrecedence,
        SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken or SyntaxKind.GreaterThanGreaterThanGreaterThanToken => 9,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken => 10,
        SyntaxKind.AsteriskToken or SyntaxKind.SlashToken or SyntaxKind.PercentToken => 11,
        SyntaxKind.AsteriskAsteriskToken => 12,
        _ => 0,
    };

    /// <summary>
    /// UnaryExpression: ('delete' | 'void' | 'typeof' | '+' | '-' | '~' | '!' | '++' | '--' | 'await') UnaryExpression
    /// | '&lt;' Type '&gt;' UnaryExpression (TypeScript without JSX) | PostfixExpression
    /// </summary>
    private void ParseUnaryExpression()
    {
        var mark = Mark();
        SyntaxKind nodeKind;
        switch (Kind)
        {
            case SyntaxKind.DeleteKeyword:
                nodeKind = SyntaxKind.DeleteExpression;
                break;
            case SyntaxKind.VoidKeyword:
                nodeKind = SyntaxKind.VoidExpression;
                break;
            case SyntaxKind.TypeOfKeyword:
                nodeKind = SyntaxKind.TypeOfExpression;
                break;
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
            case SyntaxKind.TildeToken:
            case SyntaxKind.ExclamationToken:
            case SyntaxKind.PlusPlusToken:
            case SyntaxKind.MinusMinusToken:
                nodeKind = SyntaxKind.PrefixUnaryExpression;
                break;
            case SyntaxKind.LessThanToken when TypeScript && !Jsx:
                ParseTypeAssertion(mark);
                return;
            case SyntaxKind.IdentifierToken when IsContextual("await") && IsAwaitExpression():
                nodeKind = SyntaxKind.AwaitExpression;
                break;
            default:
                ParsePostfixExpression(mark);
                return;
        }
        if (!EnterNesting())
            return;
        Consume();
        ParseUnaryExpression();
        Finish(nodeKind, mark);
        ExitNesting();
    }

    /// <summary>'await' starts an await expression when an operand follows (modules reserve the word everywhere).</summary>
    private bool IsAwaitExpression()
    {
        var checkpoint = Save();
        Consume();
        var result = IsStartOfExpression();
        Restore(checkpoint);
        return result;
    }

    /// <summary>TypeAssertionExpression: '&lt;' (Type | 'const') '&gt;' UnaryExpression (only in .ts files).</summary>
    private void ParseTypeAssertion(int mark)
    {
        if (!EnterNesting())
            return;
        Consume();
        ParseTypeOrConst();
        Expect(SyntaxKind.GreaterThanToken);
        ParseUnaryExpression();
        Finish(SyntaxKind.TypeAssertionExpression, mark);
        ExitNesting();
    }

    /// <summary>PostfixExpression: LeftHandSideExpression ('++' | '--')?  (no line break before the operator)</summary>
    private void ParsePostfixExpression(int mark)
    {
        ParseLeftHandSideExpression(allowCalls: true);
        if (Kind is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken && !PrecedingLineBreak)
        {
            Consume();
            Finish(SyntaxKind.PostfixUnaryExpression, mark);
        }
    }

    /// <summary>
    /// LeftHandSideExpression: (PrimaryExpression | NewExpression | 'super' | ImportCall | MetaProperty)
    /// followed by member accesses, calls, tagged templates, non-null assertions and type arguments.
    /// <paramref name="typeArgumentsEnd"/>: type arguments not followed by a call end the expression and
    /// belong to the node around it ('new Map&lt;K, V&gt;()', 'implements Foo&lt;T&gt;') instead of making an
    /// instantiation expression.
    /// </summary>
    private void ParseLeftHandSideExpression(bool allowCalls, bool typeArgumentsEnd = false)
    {
        var mark = Mark();
        switch (Kind)
        {
            case SyntaxKind.NewKeyword:
                ParseNewExpression(mark);
                break;
            case SyntaxKind.SuperKeyword:
                Consume();
                Finish(SyntaxKind.SuperExpression, mark);
                break;
            case SyntaxKind.ImportKeyword:
                Consume();
                if (Kind == SyntaxKind.DotToken)
                {
                    Consume();
                    ParseIdentifierName();
                    Finish(SyntaxKind.MetaProperty, mark);
                }
                else
                {
                    Finish(SyntaxKind.ImportExpression, mark);
                }
                break;
            default:
                ParsePrimaryExpression();
                break;
        }
        ParseMemberAndCallTail(mark, allowCalls, typeArgumentsEnd);
    }

    private void ParseMemberAndCallTail(int mark, bool allowCalls, bool typeArgumentsEnd)
    {
        while (true)
        {
            switch (Kind)
            {
                case SyntaxKind.DotToken:
                    Consume();
                    ParseMemberName();
                    Finish(SyntaxKind.MemberAccessExpression, mark);
                    break;
                case SyntaxKind.QuestionDotToken:
                    Consume();
                    if (Kind == SyntaxKind.OpenParenToken)
                    {
                        ParseArgumentList();
                        Finish(SyntaxKind.CallExpression, mark);
                    }
                    else if (Kind == SyntaxKind.OpenBracketToken)
                    {
                        ParseElementAccessRest();
                        Finish(SyntaxKind.ElementAccessExpression, mark);
                    }
                    else if (Kind == SyntaxKind.LessThanToken && TypeScript && TryParseTypeArgumentsInExpression())
                    {
                        ParseArgumentList();
                        Finish(SyntaxKind.CallExpression, mark);
                    }
                    else
                    {
                        ParseMemberName();
                        Finish(SyntaxKind.MemberAccessExpression, mark);
                    }
                    break;
                case SyntaxKind.OpenBracketToken:
                    ParseElementAccessRest();
                    Finish(SyntaxKind.ElementAccessExpression, mark);
                    break;
                case SyntaxKind.OpenParenToken when allowCalls:
                    ParseArgumentList();
                    Finish(SyntaxKind.CallExpression, mark);
                    break;
                case SyntaxKind.NoSubstitutionTemplateToken:
                case SyntaxKind.TemplateHeadToken:
                    ParseTemplateExpression();
                    Finish(SyntaxKind.TaggedTemplateExpression, mark);
                    break;
                case SyntaxKind.ExclamationToken when TypeScript && !PrecedingLineBreak:
                    Consume();
                    Finish(SyntaxKind.NonNullExpression, mark);
                    break;
                case SyntaxKind.LessThanToken or SyntaxKind.LessThanLessThanToken when TypeScript:
                    if (!TryParseTypeArgumentsInExpression())
                        return;
                    if (Kind == SyntaxKind.OpenParenToken && allowCalls)
                    {
                        ParseArgumentList();
                        Finish(SyntaxKind.CallExpression, mark);
                    }
                    else if (Kind is SyntaxKind.NoSubstitutionTemplateToken or SyntaxKind.TemplateHeadToken)
                    {
                        ParseTemplateExpression();
                        Finish(SyntaxKind.TaggedTemplateExpression, mark);
                    }
                    else if (typeArgumentsEnd)
                    {
                        return;
                    }
                    else
                    {
                        Finish(SyntaxKind.ExpressionWithTypeArgumentsInstantiation, mark);
                    }
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>MemberName: IdentifierName | PrivateIdentifier</summary>
    private void ParseMemberName()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.PrivateIdentifierToken)
        {
            Consume();
            Finish(SyntaxKind.PrivateName, mark);
        }
        else if (IsTwoWordsOnNewLine())
        {
            AddMissing(SyntaxKind.IdentifierToken, Diagnostics.IdentifierExpected());
            Finish(SyntaxKind.IdentifierName, mark);
        }
        else
        {
            ParseIdentifierName();
        }
    }

    /// <summary>
    /// Two words at the start of a line ('const x', 'return y'), after a construct left unfinished above
    /// them ('foo.' or '{ a: 1,' being typed): they start a statement of their own, so the name or the
    /// '}' before them is missing.
    /// </summary>
    private bool IsTwoWordsOnNewLine() =>
        PrecedingLineBreak && IsIdentifierOrKeyword
        && PeekToken() is { LineBreakBefore: false } next && (next.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(next.Kind));

    private void ParseElementAccessRest()
    {
        Consume();
        ParseExpressionAllowIn();
        Expect(SyntaxKind.CloseBracketToken);
    }

    /// <summary>
    /// Type arguments in an expression ('f&lt;T&gt;(x)', 'new Map&lt;K, V&gt;()', 'f&lt;T&gt;'): taken only when
    /// they parse cleanly and what follows cannot continue a comparison.
    /// </summary>
    private bool TryParseTypeArgumentsInExpression()
    {
        var checkpoint = Save();
        if (Kind == SyntaxKind.LessThanLessThanToken)
            SetCurrent(_lexer.RescanLessThan(_token));
        ParseTypeArgumentList();
        if (!ContainsDiagnosticsSince(checkpoint.NodeCount) && !ClosingGreaterThanTouchesEquals() && CanFollowTypeArgumentsInExpression())
            return true;
        Restore(checkpoint);
        return false;
    }

    /// <summary>
    /// 'a &lt; b &gt;= c': the '&gt;' that closed the list touches an '=', so the two are the operator '&gt;='
    /// (the lexer always returns '&gt;' alone) and there are no type arguments.
    /// </summary>
    private bool ClosingGreaterThanTouchesEquals() =>
        Kind == SyntaxKind.EqualsToken && Current.FullStart == Current.Start && GreenTree.TrailingTriviaWidth(_nodes[^1]) == 0;

    private bool CanFollowTypeArgumentsInExpression()
    {
        switch (Kind)
        {
            case SyntaxKind.OpenParenToken:
            case SyntaxKind.NoSubstitutionTemplateToken:
            case SyntaxKind.TemplateHeadToken:
                return true;
            case SyntaxKind.LessThanToken:
            case SyntaxKind.GreaterThanToken:
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
                return false;
            default:
                return PrecedingLineBreak || BinaryPrecedence(Kind) > 0 || !IsStartOfExpression();
        }
    }

    /// <summary>ArgumentList: '(' (('...'? AssignmentExpression) (',' …)* ','?)? ')'</summary>
    private void ParseArgumentList()
    {
        var mark = Mark();
        var disallowIn = _disallowIn;
        _disallowIn = false;
        Consume();
        while (Kind is not SyntaxKind.CloseParenToken and not SyntaxKind.EndOfFileToken)
        {
            var start = Current.Start;
            if (Kind == SyntaxKind.DotDotDotToken)
            {
                var spreadMark = Mark();
                Consume();
                ParseAssignmentExpression();
                Finish(SyntaxKind.SpreadElement, spreadMark);
            }
            else
            {
                ParseAssignmentExpression();
            }
            if (!TryConsume(SyntaxKind.CommaToken))
                break;
            if (Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseParenToken);
        _disallowIn = disallowIn;
        Finish(SyntaxKind.ArgumentList, mark);
    }

    /// <summary>NewExpression: 'new' ('.' 'target' | MemberExpression TypeArguments? ArgumentList?)</summary>
    private void ParseNewExpression(int mark)
    {
        if (!EnterNesting())
            return;
        Consume();
        if (Kind == SyntaxKind.DotToken)
        {
            Consume();
            ParseIdentifierName();
            Finish(SyntaxKind.MetaProperty, mark);
            ExitNesting();
            return;
        }
        ParseLeftHandSideExpression(allowCalls: false, typeArgumentsEnd: true);
        if (Kind == SyntaxKind.OpenParenToken)
            ParseArgumentList();
        Finish(SyntaxKind.NewExpression, mark);
        ExitNesting();
    }

    /// <summary>
    /// PrimaryExpression: 'this' | Identifier | Literal | ArrayLiteral | ObjectLiteral | FunctionExpression
    /// | ClassExpression | TemplateLiteral | RegularExpressionLiteral | ParenthesizedExpression | JsxElement
    /// </summary>
    private void ParsePrimaryExpression()
    {
        var mark = Mark();
        switch (Kind)
        {
            case SyntaxKind.ThisKeyword:
                Consume();
                Finish(SyntaxKind.ThisExpression, mark);
                return;
            case SyntaxKind.NullKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NumericLiteralToken:
            case SyntaxKind.BigIntLiteralToken:
            case SyntaxKind.StringLiteralToken:
                Consume();
                Finish(SyntaxKind.LiteralExpression, mark);
                return;
            case SyntaxKind.NoSubstitutionTemplateToken:
            case SyntaxKind.TemplateHeadToken:
                ParseTemplateExpression();
                return;
            case SyntaxKind.SlashToken:
            case SyntaxKind.SlashEqualsToken:
                SetCurrent(_lexer.RescanRegularExpression(_token));
                Consume();
                Finish(SyntaxKind.RegularExpressionLiteral, mark);
                return;
            case SyntaxKind.OpenParenToken:
                Consume();
                ParseExpressionAllowIn();
                Expect(SyntaxKind.CloseParenToken);
                Finish(SyntaxKind.ParenthesizedExpression, mark);
                return;
            case SyntaxKind.OpenBracketToken:
                ParseArrayLiteral();
                return;
            case SyntaxKind.OpenBraceToken:
                ParseObjectLiteral();
                return;
            case SyntaxKind.FunctionKeyword:
                ParseFunction(mark, SyntaxKind.FunctionExpression);
                return;
            case SyntaxKind.ClassKeyword:
                ParseClass(mark, SyntaxKind.ClassExpression);
                return;
            case SyntaxKind.AtToken:
                ParseDecorators();
                ParseClass(mark, SyntaxKind.ClassExpression);
                return;
            case SyntaxKind.PrivateIdentifierToken:
                Consume();
                Finish(SyntaxKind.PrivateName, mark);
                return;
            case SyntaxKind.LessThanToken when Jsx:
                ParseJsxElementOrFragment(inJsxChild: false);
                return;
            case SyntaxKind.IdentifierToken:
                if (IsContextual("async") && PeekToken() is { Kind: SyntaxKind.FunctionKeyword, LineBreakBefore: false })
                {
                    ParseFunction(mark, SyntaxKind.FunctionExpression);
                    return;
                }
                Consume();
                Finish(SyntaxKind.IdentifierName, mark);
                return;
            default:
                AddMissing(SyntaxKind.IdentifierToken, Diagnostics.ExpressionExpected());
                Finish(SyntaxKind.IdentifierName, mark);
                return;
        }
    }

    /// <summary>TemplateExpression: TemplateHead (Expression TemplateMiddle)* Expression TemplateTail | NoSubstitutionTemplate</summary>
    private void ParseTemplateExpression()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.NoSubstitutionTemplateToken)
        {
            Consume();
            Finish(SyntaxKind.NoSubstitutionTemplateLiteral, mark);
            return;
        }
        Consume();
        ParseTemplateSpans(SyntaxKind.TemplateSpan, ParseExpressionAllowIn);
        Finish(SyntaxKind.TemplateExpression, mark);
    }

    /// <summary>The spans after a template head: each a substitution and the template text after it.</summary>
    private void ParseTemplateSpans(SyntaxKind spanKind, Action parseSubstitution)
    {
        while (true)
        {
            var spanMark = Mark();
            parseSubstitution();
            if (Kind == SyntaxKind.CloseBraceToken)
            {
                SetCurrent(_lexer.RescanTemplateContinuation(_token));
                var isTail = Kind == SyntaxKind.TemplateTailToken;
                Consume();
                Finish(spanKind, spanMark);
                if (isTail)
                    return;
                if (_token.Kind == SyntaxKind.EndOfFileToken)
                    return;
            }
            else
            {
                AddMissing(SyntaxKind.TemplateTailToken, Diagnostics.ExpectedToken(SyntaxKind.CloseBraceToken));
                Finish(spanKind, spanMark);
                return;
            }
        }
    }

    /// <summary>ArrayLiteralExpression: '[' (AssignmentExpression | SpreadElement | hole) (',' …)* ']'</summary>
    private void ParseArrayLiteral()
    {
        var mark = Mark();
        var disallowIn = _disallowIn;
        _disallowIn = false;
        Consume();
        while (Kind is not SyntaxKind.CloseBracketToken and not SyntaxKind.EndOfFileToken)
        {
            if (Kind == SyntaxKind.CommaToken)
            {
                var holeMark = Mark();
                Finish(SyntaxKind.OmittedExpression, holeMark);
                Consume();
                continue;
            }
            var start = Current.Start;
            if (Kind == SyntaxKind.DotDotDotToken)
            {
                var spreadMark = Mark();
                Consume();
                ParseAssignmentExpression();
                Finish(SyntaxKind.SpreadElement, spreadMark);
            }
            else
            {
                ParseAssignmentExpression();
            }
            if (!TryConsume(SyntaxKind.CommaToken))
                break;
            if (Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseBracketToken);
        _disallowIn = disallowIn;
        Finish(SyntaxKind.ArrayLiteralExpression, mark);
    }

    /// <summary>ObjectLiteralExpression: '{' (PropertyDefinition (',' PropertyDefinition)* ','?)? '}'</summary>
    private void ParseObjectLiteral()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
        var disallowIn = _disallowIn;
        _disallowIn = false;
        Consume();
        while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
        {
            // Only 'get x', 'set x' and 'async x' are two words that begin a member.
            if (IsTwoWordsOnNewLine() && !(IsContextual("get") || IsContextual("set") || IsContextual("async")))
                break;
            var start = Current.Start;
            ParseObjectLiteralMember();
            if (!TryConsume(SyntaxKind.CommaToken))
                break;
            if (Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseBraceToken);
        _disallowIn = disallowIn;
        Finish(SyntaxKind.ObjectLiteralExpression, mark);
        ExitNesting();
    }

    /// <summary>
    /// PropertyDefinition: '...' AssignmentExpression | PropertyName ':' AssignmentExpression
    /// | IdentifierReference ('=' AssignmentExpression)? | MethodDefinition
    /// </summary>
    private void ParseObjectLiteralMember()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.DotDotDotToken)
        {
            Consume();
            ParseAssignmentExpression();
            Finish(SyntaxKind.SpreadAssignment, mark);
            return;
        }
        if (Kind == SyntaxKind.AsteriskToken)
        {
            ParseMemberAfterModifiers(mark, inClass: false);
            return;
        }
        if (Kind == SyntaxKind.IdentifierToken && !_token.HasEscape && CurrentText is "async" or "get" or "set")
        {
            var next = PeekToken();
            var isModifier = CanStartMemberName(next.Kind) || next.Kind == SyntaxKind.AsteriskToken;
            if (isModifier && !(CurrentText == "async" && next.LineBreakBefore))
            {
                if (CurrentText == "async")
                    Consume();
                ParseMemberAfterModifiers(mark, inClass: false);
                return;
            }
        }

        var isShorthandCandidate = Kind == SyntaxKind.IdentifierToken;
        ParsePropertyName();
        if (Kind is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            ParseSignature();
            ParseFunctionBodyOrSemicolon(mayOmitBody: false);
            Finish(SyntaxKind.MethodDeclaration, mark);
            return;
        }
        if (Kind == SyntaxKind.ColonToken)
        {
            Consume();
            ParseAssignmentExpression();
            Finish(SyntaxKind.PropertyAssignment, mark);
            return;
        }
        if (!isShorthandCandidate)
        {
            Expect(SyntaxKind.ColonToken);
            Finish(SyntaxKind.PropertyAssignment, mark);
            return;
        }
        if (TryConsume(SyntaxKind.EqualsToken))
            ParseAssignmentExpression();
        Finish(SyntaxKind.ShorthandPropertyAssignment, mark);
    }

    /// <summary>Whether the current token can begin an expression.</summary>
    private bool IsStartOfExpression()
    {
        switch (Kind)
        {
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.SuperKeyword:
            case SyntaxKind.NullKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NumericLiteralToken:
            case SyntaxKind.BigIntLiteralToken:
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.NoSubstitutionTemplateToken:
            case SyntaxKind.TemplateHeadToken:
            case SyntaxKind.OpenParenToken:
            case SyntaxKind.OpenBracketToken:
            case SyntaxKind.OpenBraceToken:
            case SyntaxKind.FunctionKeyword:
            case SyntaxKind.ClassKeyword:
            case SyntaxKind.NewKeyword:
            case SyntaxKind.SlashToken:
            case SyntaxKind.SlashEqualsToken:
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
            case SyntaxKind.TildeToken:
            case SyntaxKind.ExclamationToken:
            case SyntaxKind.DeleteKeyword:
            case SyntaxKind.TypeOfKeyword:
            case SyntaxKind.VoidKeyword:
            case SyntaxKind.PlusPlusToken:
            case SyntaxKind.MinusMinusToken:
            case SyntaxKind.LessThanToken:
            case SyntaxKind.AtToken:
            case SyntaxKind.PrivateIdentifierToken:
            case SyntaxKind.ImportKeyword:
                return true;
            default:
                return false;
        }
    }
}
