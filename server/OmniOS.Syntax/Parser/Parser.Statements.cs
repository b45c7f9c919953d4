namespace OmniOS.Syntax.Parser;

internal sealed partial class Parser
{
    private void ParseStatementList(StatementListEnd end)
    {
        while (true)
        {
            var kind = Kind;
            if (kind == SyntaxKind.EndOfFileToken)
                break;
            if (kind == SyntaxKind.CloseBraceToken && end != StatementListEnd.EndOfFile)
                break;
            if (end == StatementListEnd.CaseClause && kind is SyntaxKind.CaseKeyword or SyntaxKind.DefaultKeyword)
                break;
            if (TryReuse(ReusableNodeKind.Statement))
                continue;
            var start = _token.Start;
            ParseStatement();
            if (_hasToken && _token.Start == start && Kind != SyntaxKind.EndOfFileToken)
                SkipTokenWithError(UnexpectedCurrent());
        }
    }

    /// <summary>Statement | Declaration</summary>
    private void ParseStatement()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
        switch (Kind)
        {
            case SyntaxKind.OpenBraceToken:
                ParseBlock();
                break;
            case SyntaxKind.SemicolonToken:
                Consume();
                Finish(SyntaxKind.EmptyStatement, mark);
                break;
            case SyntaxKind.VarKeyword:
                ParseVariableStatement(mark);
                break;
            case SyntaxKind.ConstKeyword:
                if (TypeScript && PeekKind() == SyntaxKind.EnumKeyword)
                    ParseEnumDeclaration(mark);
                else
                    ParseVariableStatement(mark);
                break;
            case SyntaxKind.FunctionKeyword:
                ParseFunction(mark, SyntaxKind.FunctionDeclaration);
                break;
            case SyntaxKind.ClassKeyword:
                ParseClass(mark, SyntaxKind.ClassDeclaration);
                break;
            case SyntaxKind.EnumKeyword:
                ParseEnumDeclaration(mark);
                break;
            case SyntaxKind.AtToken:
                ParseDecorators();
                ParseDecoratedStatement(mark);
                break;
            case SyntaxKind.IfKeyword:
                ParseIfStatement(mark);
                break;
            case SyntaxKind.DoKeyword:
                ParseDoStatement(mark);
                break;
            case SyntaxKind.WhileKeyword:
                Consume();
                ParseParenthesizedCondition();
                ParseStatement();
                Finish(SyntaxKind.WhileStatement, mark);
                break;
            case SyntaxKind.ForKeyword:
                ParseForStatement(mark);
                break;
            case SyntaxKind.ContinueKeyword:
                ParseBreakOrContinue(mark, SyntaxKind.ContinueStatement);
                break;
            case SyntaxKind.BreakKeyword:
                ParseBreakOrContinue(mark, SyntaxKind.BreakStatement);
                break;
            case SyntaxKind.ReturnKeyword:
                Consume();
                if (!CanEndStatementHere())
                    ParseExpression();
                ParseSemicolon();
                Finish(SyntaxKind.ReturnStatement, mark);
                break;
            case SyntaxKind.WithKeyword:
                Consume();
                ParseParenthesizedCondition();
                ParseStatement();
                Finish(SyntaxKind.WithStatement, mark);
                break;
            case SyntaxKind.SwitchKeyword:
                ParseSwitchStatement(mark);
                break;
            case SyntaxKind.ThrowKeyword:
                Consume();
                ParseExpression();
                ParseSemicolon();
                Finish(SyntaxKind.ThrowStatement, mark);
                break;
            case SyntaxKind.TryKeyword:
                ParseTryStatement(mark);
                break;
            case SyntaxKind.DebuggerKeyword:
                Consume();
                ParseSemicolon();
                Finish(SyntaxKind.DebuggerStatement, mark);
                break;
            case SyntaxKind.ImportKeyword:
                if (PeekKind() is SyntaxKind.OpenParenToken or SyntaxKind.DotToken)
                    ParseExpressionStatement(mark);
                else
                    ParseImportDeclaration(mark);
                break;
            case SyntaxKind.ExportKeyword:
                ParseExportDeclaration(mark);
                break;
            case SyntaxKind.IdentifierToken:
                if (!TryParseDeclarationStartingWithIdentifier(mark))
                {
                    if (PeekKind() == SyntaxKind.ColonToken)
                        ParseLabeledStatement(mark);
                    else
                        ParseExpressionStatement(mark);
                }
                break;
            default:
                if (IsStartOfExpression())
                {
                    ParseExpressionStatement(mark);
                }
                else if (Kind == SyntaxKind.BadToken)
                {
                    // The lexer has already reported the character; one diagnostic is enough.
                    Consume();
                    Finish(SyntaxKind.ErrorNode, mark);
                }
                else
                {
                    SkipTokenWithError(Diagnostics.DeclarationOrStatementExpected());
                }
                break;
        }
        ExitNesting();
    }

    /// <summary>
    /// Declarations that start with a contextual keyword: let, using, await using, async function,
    /// and TypeScript's interface, type, declare, abstract, namespace, module and global.
    /// </summary>
    private bool TryParseDeclarationStartingWithIdentifier(int mark)
    {
        if (_token.HasEscape)
            return false;
        switch (CurrentText)
        {
            case "let":
                if (!IsLetDeclaration())
                    return false;
                ParseVariableStatement(mark);
                return true;
            case "using":
            {
                var next = PeekToken();
                if (next.LineBreakBefore || next.Kind != SyntaxKind.IdentifierToken || next.Text is "in" or "of" or "instanceof")
                    return false;
                ParseVariableStatement(mark);
                return true;
            }
            case "await":
                if (!IsAwaitUsingDeclaration())
                    return false;
                ParseVariableStatement(mark);
                return true;
            case "async":
            {
                var next = PeekToken();
                if (next.Kind != SyntaxKind.FunctionKeyword || next.LineBreakBefore)
                    return false;
                ParseFunction(mark, SyntaxKind.FunctionDeclaration);
                return true;
            }
            default:
                return TypeScript && TryParseTypeScriptDeclaration(mark);
        }
    }

    private bool IsLetDeclaration()
    {
        var next = PeekToken();
        return next.Kind is SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken
            || (next.Kind == SyntaxKind.IdentifierToken && next.Text is not "in" and not "instanceof" && !(next.Text == "of" && next.LineBreakBefore));
    }

    private bool IsAwaitUsingDeclaration()
    {
        var checkpoint = Save();
        Consume();
        var result = IsContextual("using") && !PrecedingLineBreak;
        if (result)
        {
            Consume();
            result = Kind == SyntaxKind.IdentifierToken && !PrecedingLineBreak;
        }
        Restore(checkpoint);
        return result;
    }

    /// <summary>interface, type, declare, abstract class, namespace, module, global: each only when the next token on the same line fits.</summary>
    private bool TryParseTypeScriptDeclaration(int mark)
    {
        var next = PeekToken();
        if (next.LineBreakBefore && CurrentText is not "declare")
            return false;
        switch (CurrentText)
        {
            case "interface" when next.Kind == SyntaxKind.IdentifierToken:
                ParseInterfaceDeclaration(mark);
                return true;
            case "type" when next.Kind == SyntaxKind.IdentifierToken:
                ParseTypeAliasDeclaration(mark);
                return true;
            case "abstract" when next.Kind == SyntaxKind.ClassKeyword:
                Consume();
                ParseClass(mark, SyntaxKind.ClassDeclaration);
                return true;
            case "namespace" when next.Kind == SyntaxKind.IdentifierToken:
            case "module" when next.Kind is SyntaxKind.IdentifierToken or SyntaxKind.StringLiteralToken:
                ParseModuleDeclaration(mark);
                return true;
            case "global" when next.Kind == SyntaxKind.OpenBraceToken:
                ParseModuleDeclaration(mark);
                return true;
            case "declare" when !next.LineBreakBefore && IsDeclarationStart(next.Kind, next.Text):
                Consume();
                ParseDeclarationAfterModifiers(mark);
                return true;
            default:
                return false;
        }
    }

    private static bool IsDeclarationStart(SyntaxKind kind, string text) =>
        kind is SyntaxKind.VarKeyword or SyntaxKind.ConstKeyword or SyntaxKind.FunctionKeyword or SyntaxKind.ClassKeyword or SyntaxKind.EnumKeyword
        || (kind == SyntaxKind.IdentifierToken && text is "let" or "interface" or "type" or "abstract" or "namespace" or "module" or "global" or "async" or "using");

    /// <summary>The declaration after 'export', 'declare' or 'export declare'.</summary>
    private void ParseDeclarationAfterModifiers(int mark)
    {
        switch (Kind)
        {
            case SyntaxKind.VarKeyword:
                ParseVariableStatement(mark);
                return;
            case SyntaxKind.ConstKeyword:
                if (TypeScript && PeekKind() == SyntaxKind.EnumKeyword)
                    ParseEnumDeclaration(mark);
                else
                    ParseVariableStatement(mark);
                return;
            case SyntaxKind.FunctionKeyword:
                ParseFunction(mark, SyntaxKind.FunctionDeclaration);
                return;
            case SyntaxKind.ClassKeyword:
                ParseClass(mark, SyntaxKind.ClassDeclaration);
                return;
            case SyntaxKind.EnumKeyword:
                ParseEnumDeclaration(mark);
                return;
            case SyntaxKind.AtToken:
                ParseDecorators();
                ParseDecoratedStatement(mark);
                return;
            case SyntaxKind.IdentifierToken:
                switch (CurrentText)
                {
                    case "let" or "using":
                        ParseVariableStatement(mark);
                        return;
                    case "async":
                        ParseFunction(mark, SyntaxKind.FunctionDeclaration);
                        return;
                    case "interface":
                        ParseInterfaceDeclaration(mark);
                        return;
                    case "type":
                        ParseTypeAliasDeclaration(mark);
                        return;
                    case "abstract":
                        Consume();
                        ParseClass(mark, SyntaxKind.ClassDeclaration);
                        return;
                    case "namespace" or "module" or "global":
                        ParseModuleDeclaration(mark);
                        return;
                    case "declare":
                        Consume();
                        ParseDeclarationAfterModifiers(mark);
                        return;
                }
                break;
        }
        AddMissing(SyntaxKind.IdentifierToken, Diagnostics.Expected("Declaration"));
        Finish(SyntaxKind.ErrorNode, mark);
    }

    /// <summary>After decorators: a class, possibly exported or abstract.</summary>
    private void ParseDecoratedStatement(int mark)
    {
        if (Kind == SyntaxKind.ExportKeyword)
            ParseExportDeclaration(mark);
        else if (Kind == SyntaxKind.ClassKeyword)
            ParseClass(mark, SyntaxKind.ClassDeclaration);
        else if (IsContextual("abstract") || IsContextual("declare"))
        {
            Consume();
            ParseDeclarationAfterModifiers(mark);
        }
        else
        {
            AddMissing(SyntaxKind.ClassKeyword, Diagnostics.ExpectedToken(SyntaxKind.ClassKeyword));
            Finish(SyntaxKind.ErrorNode, mark);
        }
    }

    /// <summary>Block: '{' Statement* '}'</summary>
    private void ParseBlock()
    {
        var mark = Mark();
        var disallowIn = _disallowIn;
        _disallowIn = false;
        Expect(SyntaxKind.OpenBraceToken);
        ParseStatementList(StatementListEnd.CloseBrace);
        Expect(SyntaxKind.CloseBraceToken);
        _disallowIn = disallowIn;
        Finish(SyntaxKind.Block, mark);
    }

    private void ParseExpressionStatement(int mark)
    {
        ParseExpression();
        ParseSemicolon();
        Finish(SyntaxKind.ExpressionStatement, mark);
    }

    private void ParseLabeledStatement(int mark)
    {
        ParseIdentifierName();
        Expect(SyntaxKind.ColonToken);
        ParseStatement();
        Finish(SyntaxKind.LabeledStatement, mark);
    }

    /// <summary>Whether a statement may end before the current token (automatic semicolon insertion).</summary>
    private bool CanEndStatementHere() =>
        Kind is SyntaxKind.SemicolonToken or SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken || PrecedingLineBreak;

    /// <summary>
    /// ';', or nothing where automatic semicolon insertion allows it, or before a bad character (which
    /// the lexer has reported, and which the enclosing statement list or class body then skips).
    /// </summary>
    private void ParseSemicolon()
    {
        if (Kind == SyntaxKind.SemicolonToken)
        {
            Consume();
            return;
        }
        if (CanEndStatementHere() || Kind == SyntaxKind.BadToken)
            return;
        AddMissing(SyntaxKind.SemicolonToken, Diagnostics.SemicolonExpected());
    }

    /// <summary>'(' Expression ')'</summary>
    private void ParseParenthesizedCondition()
    {
        Expect(SyntaxKind.OpenParenToken);
        ParseExpressionAllowIn();
        Expect(SyntaxKind.CloseParenToken);
    }

    /// <summary>IfStatement: 'if' '(' Expression ')' Statement ElseClause?</summary>
    private void ParseIfStatement(int mark)
    {
        Consume();
        ParseParenthesizedCondition();
        ParseStatement();
        if (Kind == SyntaxKind.ElseKeyword)
        {
            var elseMark = Mark();
            Consume();
            ParseStatement();
            Finish(SyntaxKind.ElseClause, elseMark);
        }
        Finish(SyntaxKind.IfStatement, mark);
    }

    /// <summary>DoStatement: 'do' Statement 'while' '(' Expression ')' ';'?</summary>
    private void ParseDoStatement(int mark)
    {
        Consume();
        ParseStatement();
        Expect(SyntaxKind.WhileKeyword);
        ParseParenthesizedCondition();
        TryConsume(SyntaxKind.SemicolonToken);
        Finish(SyntaxKind.DoStatement, mark);
    }

    /// <summary>
    /// ForStatement: 'for' '(' init? ';' test? ';' update? ')' Statement, and the for-in,
    /// for-of and for-await-of forms.
    /// </summary>
    private void ParseForStatement(int mark)
    {
        Consume();
        if (IsContextual("await"))
            Consume();
        Expect(SyntaxKind.OpenParenToken);

        var disallowIn = _disallowIn;
        _disallowIn = true;
        if (Kind == SyntaxKind.SemicolonToken)
        {
            // no initializer
        }
        else if (Kind is SyntaxKind.VarKeyword or SyntaxKind.ConstKeyword
            || (IsContextual("let") && IsLetDeclaration())
            || (IsContextual("using") && PeekKind() == SyntaxKind.IdentifierToken && PeekToken().Text != "of")
            || (IsContextual("await") && IsAwaitUsingDeclaration()))
        {
            ParseVariableDeclarationList();
        }
        else
        {
            ParseExpression();
        }
        _disallowIn = disallowIn;

        SyntaxKind kind;
        if (Kind == SyntaxKind.InKeyword)
        {
            Consume();
            ParseExpressionAllowIn();
            kind = SyntaxKind.ForInStatement;
        }
        else if (IsContextual("of"))
        {
            Consume();
            ParseAssignmentExpressionAllowIn();
            kind = SyntaxKind.ForOfStatement;
        }
        else
        {
            Expect(SyntaxKind.SemicolonToken);
            if (Kind != SyntaxKind.SemicolonToken)
                ParseExpressionAllowIn();
            Expect(SyntaxKind.SemicolonToken);
            if (Kind != SyntaxKind.CloseParenToken)
                ParseExpressionAllowIn();
            kind = SyntaxKind.ForStatement;
        }
        Expect(SyntaxKind.CloseParenToken);
        ParseStatement();
        Finish(kind, mark);
    }

    private void ParseBreakOrContinue(int mark, SyntaxKind kind)
    {
        Consume();
        if (Kind == SyntaxKind.IdentifierToken && !PrecedingLineBreak)
            ParseIdentifierName();
        ParseSemicolon();
        Finish(kind, mark);
    }

    /// <summary>SwitchStatement: 'switch' '(' Expression ')' CaseBlock</summary>
    private void ParseSwitchStatement(int mark)
    {
        Consume();
        ParseParenthesizedCondition();
        var blockMark = Mark();
        Expect(SyntaxKind.OpenBraceToken);
        while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
        {
            var clauseMark = Mark();
            if (Kind == SyntaxKind.CaseKeyword)
            {
                Consume();
                ParseExpressionAllowIn();
                Expect(SyntaxKind.ColonToken);
                ParseStatementList(StatementListEnd.CaseClause);
                Finish(SyntaxKind.CaseClause, clauseMark);
            }
            else if (Kind == SyntaxKind.DefaultKeyword)
            {
                Consume();
                Expect(SyntaxKind.ColonToken);
                ParseStatementList(StatementListEnd.CaseClause);
                Finish(SyntaxKind.DefaultClause, clauseMark);
            }
            else
            {
                SkipTokenWithError(Diagnostics.Expected("'case' or 'default'"));
            }
        }
        Expect(SyntaxKind.CloseBraceToken);
        Finish(SyntaxKind.CaseBlock, blockMark);
        Finish(SyntaxKind.SwitchStatement, mark);
    }

    /// <summary>TryStatement: 'try' Block CatchClause? FinallyClause?</summary>
    private void ParseTryStatement(int mark)
    {
        Consume();
        ParseBlock();
        if (Kind == SyntaxKind.CatchKeyword)
        {
            var catchMark = Mark();
            Consume();
            if (TryConsume(SyntaxKind.OpenParenToken))
            {
                ParseBindingName();
                if (TypeScript && Kind == SyntaxKind.ColonToken)
                    ParseTypeAnnotation();
                Expect(SyntaxKind.CloseParenToken);
            }
            ParseBlock();
            Finish(SyntaxKind.CatchClause, catchMark);
        }
        if (Kind == SyntaxKind.FinallyKeyword)
        {
            var finallyMark = Mark();
            Consume();
            ParseBlock();
            Finish(SyntaxKind.FinallyClause, finallyMark);
        }
        if (_nodes[^1].Kind == SyntaxKind.Block)
            AddMissing(SyntaxKind.CatchKeyword, Diagnostics.Expected("'catch' or 'finally'"));
        Finish(SyntaxKind.TryStatement, mark);
    }

    /// <summary>VariableStatement: ('var' | 'let' | 'const' | 'using' | 'await' 'using') VariableDeclarator (',' VariableDeclarator)* ';'</summary>
    private void ParseVariableStatement(int mark)
    {
        ParseVariableDeclarationList();
        ParseSemicolon();
        Finish(SyntaxKind.VariableStatement, mark);
    }

    private void ParseVariableDeclarationList()
    {
        var mark = Mark();
        if (IsContextual("await"))
            Consume();
        Consume();
        do
        {
            ParseVariableDeclarator();
        }
        while (TryConsume(SyntaxKind.CommaToken));
        Finish(SyntaxKind.VariableDeclarationList, mark);
    }

    /// <summary>VariableDeclarator: BindingName '!'? TypeAnnotation? ('=' AssignmentExpression)?</summary>
    private void ParseVariableDeclarator()
    {
        var mark = Mark();
        ParseBindingName();
        if (TypeScript && Kind == SyntaxKind.ExclamationToken && !PrecedingLineBreak)
            Consume();
        if (TypeScript && Kind == SyntaxKind.ColonToken)
            ParseTypeAnnotation();
        if (TryConsume(SyntaxKind.EqualsToken))
            ParseAssignmentExpression();
        Finish(SyntaxKind.VariableDeclarator, mark);
    }
}
