namespace OmniOS.Syntax.Parser;

internal sealed partial class Parser
{
    /// <summary>
    /// FunctionDeclaration / FunctionExpression:
    /// 'async'? 'function' '*'? Name? TypeParameterList? ParameterList TypeAnnotation? (Block | ';')
    /// </summary>
    private void ParseFunction(int mark, SyntaxKind kind)
    {
        if (IsContextual("async"))
            Consume();
        Expect(SyntaxKind.FunctionKeyword);
        TryConsume(SyntaxKind.AsteriskToken);
        if (Kind == SyntaxKind.IdentifierToken)
            ParseIdentifierName();
        else if (kind == SyntaxKind.FunctionDeclaration && Kind != SyntaxKind.OpenParenToken && Kind != SyntaxKind.LessThanToken)
            AddMissing(SyntaxKind.IdentifierToken, Diagnostics.IdentifierExpected());
        ParseSignature();
        ParseFunctionBodyOrSemicolon(kind == SyntaxKind.FunctionDeclaration);
        Finish(kind, mark);
    }

    /// <summary>TypeParameterList? ParameterList (':' ReturnType)?</summary>
    private void ParseSignature()
    {
        if (Kind == SyntaxKind.LessThanToken)
            ParseTypeParameterList();
        ParseParameterList();
        if (Kind == SyntaxKind.ColonToken && TypeScript)
            ParseReturnTypeAnnotation();
    }

    /// <summary>A body, or (for overloads and ambient declarations) just the end of the statement.</summary>
    private void ParseFunctionBodyOrSemicolon(bool mayOmitBody)
    {
        if (Kind == SyntaxKind.OpenBraceToken)
            ParseBlock();
        else if (mayOmitBody && TypeScript)
            ParseSemicolon();
        else
            AddMissing(SyntaxKind.OpenBraceToken, Diagnostics.ExpectedToken(SyntaxKind.OpenBraceToken));
    }

    /// <summary>ParameterList: '(' (Parameter (',' Parameter)* ','?)? ')'</summary>
    private void ParseParameterList()
    {
        var mark = Mark();
        var disallowIn = _disallowIn;
        _disallowIn = false;
        if (Expect(SyntaxKind.OpenParenToken))
        {
            while (Kind is not SyntaxKind.CloseParenToken and not SyntaxKind.EndOfFileToken)
            {
                var start = Current.Start;
                ParseParameter();
                if (!TryConsume(SyntaxKind.CommaToken))
                    break;
                if (Current.Start == start)
                    break;
            }
            Expect(SyntaxKind.CloseParenToken);
        }
        _disallowIn = disallowIn;
        Finish(SyntaxKind.ParameterList, mark);
    }

    /// <summary>Parameter: Decorator* Modifier* '...'? (BindingName | 'this') '?'? TypeAnnotation? ('=' AssignmentExpression)?</summary>
    private void ParseParameter()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.AtToken)
            ParseDecorators();
        while (TypeScript && IsParameterModifier())
            Consume();
        TryConsume(SyntaxKind.DotDotDotToken);
        if (Kind == SyntaxKind.ThisKeyword)
        {
            var thisMark = Mark();
            ConsumeAs(SyntaxKind.IdentifierToken);
            Finish(SyntaxKind.IdentifierName, thisMark);
        }
        else
        {
            ParseBindingName();
        }
        if (TypeScript && Kind == SyntaxKind.QuestionToken)
            Consume();
        if (TypeScript && Kind == SyntaxKind.ColonToken)
            ParseTypeAnnotation();
        if (TryConsume(SyntaxKind.EqualsToken))
            ParseAssignmentExpression();
        Finish(SyntaxKind.Parameter, mark);
    }

    private bool IsParameterModifier()
    {
        if (Kind != SyntaxKind.IdentifierToken || CurrentText is not ("public" or "private" or "protected" or "readonly" or "override"))
            return false;
        var next = PeekToken();
        return !next.LineBreakBefore && next.Kind is SyntaxKind.IdentifierToken or SyntaxKind.OpenBraceToken or SyntaxKind.OpenBracketToken or SyntaxKind.ThisKeyword or SyntaxKind.DotDotDotToken;
    }

    /// <summary>Decorator+: '@' LeftHandSideExpression</summary>
    private void ParseDecorators()
    {
        while (Kind == SyntaxKind.AtToken)
        {
            var mark = Mark();
            Consume();
            ParseLeftHandSideExpression(allowCalls: true);
            Finish(SyntaxKind.Decorator, mark);
        }
    }

    // ---- Binding patterns --------------------------------------------------------------------

    /// <summary>BindingName: Identifier | ObjectBindingPattern | ArrayBindingPattern</summary>
    private void ParseBindingName()
    {
        switch (Kind)
        {
            case SyntaxKind.OpenBraceToken:
                ParseObjectBindingPattern();
                break;
            case SyntaxKind.OpenBracketToken:
                ParseArrayBindingPattern();
                break;
            default:
                ParseBindingIdentifier();
                break;
        }
    }

    private void ParseBindingIdentifier()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.IdentifierToken)
            Consume();
        else
            AddMissing(SyntaxKind.IdentifierToken, Diagnostics.IdentifierExpected());
        Finish(SyntaxKind.IdentifierName, mark);
    }

    /// <summary>ObjectBindingPattern: '{' (BindingElement (',' BindingElement)* ','?)? '}'</summary>
    private void ParseObjectBindingPattern()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
        Consume();
        while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
        {
            var elementMark = Mark();
            var start = Current.Start;
            if (TryConsume(SyntaxKind.DotDotDotToken))
            {
                ParseBindingName();
            }
            else
            {
                var isShorthand = Kind == SyntaxKind.IdentifierToken && PeekKind() != SyntaxKind.ColonToken;
                if (isShorthand)
                {
                    ParseBindingIdentifier();
                }
                else
                {
                    ParsePropertyName();
                    Expect(SyntaxKind.ColonToken);
                    ParseBindingName();
                }
                if (TryConsume(SyntaxKind.EqualsToken))
                    ParseAssignmentExpressionAllowIn();
            }
            Finish(SyntaxKind.BindingElement, elementMark);
            if (!TryConsume(SyntaxKind.CommaToken))
                break;
            if (Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseBraceToken);
        Finish(SyntaxKind.ObjectBindingPattern, mark);
        ExitNesting();
    }

    /// <summary>ArrayBindingPattern: '[' (BindingElement | ',')* ']'</summary>
    private void ParseArrayBindingPattern()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
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
            var elementMark = Mark();
            var start = Current.Start;
            TryConsume(SyntaxKind.DotDotDotToken);
            ParseBindingName();
            if (TryConsume(SyntaxKind.EqualsToken))
                ParseAssignmentExpressionAllowIn();
            Finish(SyntaxKind.BindingElement, elementMark);
            if (!TryConsume(SyntaxKind.CommaToken))
                break;
            if (Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseBracketToken);
        Finish(SyntaxKind.ArrayBindingPattern, mark);
        ExitNesting();
    }

    // ---- Classes -----------------------------------------------------------------------------

    /// <summary>
    /// ClassDeclaration / ClassExpression: 'class' Name? TypeParameterList? HeritageClause* ClassBody
    /// (decorators and modifiers are already pushed since <paramref name="mark"/>).
    /// </summary>
    private void ParseClass(int mark, SyntaxKind kind)
    {
        Expect(SyntaxKind.ClassKeyword);
        if (Kind == SyntaxKind.IdentifierToken && !(IsContextual("implements") || IsContextual("extends")))
            ParseIdentifierName();
        if (TypeScript && Kind == SyntaxKind.LessThanToken)
            ParseTypeParameterList();
        while (Kind == SyntaxKind.ExtendsKeyword || (TypeScript && IsContextual("implements")))
            ParseHeritageClause();
        ParseClassBody();
        Finish(kind, mark);
    }

    /// <summary>HeritageClause: ('extends' | 'implements') ExpressionWithTypeArguments (',' ExpressionWithTypeArguments)*</summary>
    private void ParseHeritageClause()
    {
        var mark = Mark();
        Consume();
        do
        {
            var itemMark = Mark();
            ParseLeftHandSideExpression(allowCalls: true, typeArgumentsEnd: true);
            if (TypeScript && Kind == SyntaxKind.LessThanToken)
                ParseTypeArgumentList();
            Finish(SyntaxKind.ExpressionWithTypeArguments, itemMark);
        }
        while (TryConsume(SyntaxKind.CommaToken));
        Finish(SyntaxKind.HeritageClause, mark);
    }

    /// <summary>ClassBody: '{' ClassElement* '}'</summary>
    private void ParseClassBody()
    {
        var mark = Mark();
        var disallowIn = _disallowIn;
        _disallowIn = false;
        if (Expect(SyntaxKind.OpenBraceToken))
        {
            while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
            {
                if (TryReuse(ReusableNodeKind.ClassMember))
                    continue;
                var start = Current.Start;
                ParseClassMember();
                if (_hasToken && _token.Start == start && Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
                    SkipTokenWithError(UnexpectedCurrent());
            }
            Expect(SyntaxKind.CloseBraceToken);
        }
        _disallowIn = disallowIn;
        Finish(SyntaxKind.ClassBody, mark);
    }

    /// <summary>
    /// ClassElement: ';' | 'static' Block | Decorator* Modifier* (PropertyDeclaration | MethodDeclaration
    /// | Constructor | GetAccessor | SetAccessor | IndexSignature)
    /// </summary>
    private void ParseClassMember()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
        if (Kind == SyntaxKind.SemicolonToken)
        {
            Consume();
            Finish(SyntaxKind.SemicolonClassElement, mark);
            ExitNesting();
            return;
        }
        if (Kind == SyntaxKind.BadToken)
        {
            // The lexer has already reported the character; one diagnostic is enough.
            Consume();
            Finish(SyntaxKind.ErrorNode, mark);
            ExitNesting();
            return;
        }
        if (IsContextual("static") && PeekKind() == SyntaxKind.OpenBraceToken)
        {
            Consume();
            ParseBlock();
            Finish(SyntaxKind.ClassStaticBlock, mark);
            ExitNesting();
            return;
        }
        if (Kind == SyntaxKind.AtToken)
            ParseDecorators();
        ParseMemberModifiers();
        ParseMemberAfterModifiers(mark, inClass: true);
        ExitNesting();
    }

    private static bool IsMemberModifier(string text) =>
        text is "static" or "public" or "private" or "protected" or "readonly" or "abstract" or "declare" or "override" or "accessor" or "async";

    /// <summary>
    /// Modifiers: each is one only when a member name (not '(', '=', ':' …) follows it, and on the same
    /// line except after 'static' ('readonly' alone on a line is a property named 'readonly').
    /// </summary>
    private void ParseMemberModifiers()
    {
        while (Kind == SyntaxKind.IdentifierToken && !_token.HasEscape && IsMemberModifier(CurrentText))
        {
            var next = PeekToken();
            if (next.LineBreakBefore && CurrentText != "static")
                return;
            if (!CanStartMemberName(next.Kind) && next.Kind != SyntaxKind.AsteriskToken)
                return;
            Consume();
        }
    }

    private static bool CanStartMemberName(SyntaxKind kind) =>
        kind is SyntaxKind.IdentifierToken or SyntaxKind.StringLiteralToken or SyntaxKind.NumericLiteralToken or SyntaxKind.BigIntLiteralToken
            or SyntaxKind.OpenBracketToken or SyntaxKind.PrivateIdentifierToken
        || SyntaxFacts.IsKeyword(kind);

    /// <summary>The member after its modifiers, in a class or in an object literal.</summary>
    private void ParseMemberAfterModifiers(int mark, bool inClass)
    {
        TryConsume(SyntaxKind.AsteriskToken);

        var accessorKind = SyntaxKind.None;
        if ((IsContextual("get") || IsContextual("set")) && CanStartMemberName(PeekKind()))
        {
            accessorKind = CurrentText == "get" ? SyntaxKind.GetAccessor : SyntaxKind.SetAccessor;
            Consume();
        }

        if (inClass && accessorKind == SyntaxKind.None && TypeScript && Kind == SyntaxKind.OpenBracketToken && IsIndexSignature())
        {
            ParseIndexSignatureRest(mark);
            return;
        }

        var isConstructor = inClass && accessorKind == SyntaxKind.None
            && ((IsContextual("constructor") && !_token.HasEscape) || (Kind == SyntaxKind.StringLiteralToken && CurrentText is "\"constructor\"" or "'constructor'"));
        ParsePropertyName();
        if (TypeScript && Kind is SyntaxKind.QuestionToken or SyntaxKind.ExclamationToken)
            Consume();

        if (Kind is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken || accessorKind != SyntaxKind.None)
        {
            ParseSignature();
            ParseFunctionBodyOrSemicolon(mayOmitBody: inClass);
            var kind = accessorKind != SyntaxKind.None ? accessorKind
                : isConstructor ? SyntaxKind.Constructor
                : SyntaxKind.MethodDeclaration;
            Finish(kind, mark);
            return;
        }

        if (!inClass)
        {
            // Only methods and accessors come through here for object literals.
            Finish(SyntaxKind.MethodDeclaration, mark);
            return;
        }

        if (TypeScript && Kind == SyntaxKind.ColonToken)
            ParseTypeAnnotation();
        if (TryConsume(SyntaxKind.EqualsToken))
            ParseAssignmentExpressionAllowIn();
        ParseSemicolon();
        Finish(SyntaxKind.PropertyDeclaration, mark);
    }

    /// <summary>'[' Identifier ':' — an index signature rather than a computed name.</summary>
    private bool IsIndexSignature()
    {
        var checkpoint = Save();
        Consume();
        var result = false;
        if (Kind is SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(Kind))
        {
            Consume();
            result = Kind is SyntaxKind.ColonToken or SyntaxKind.CommaToken;
        }
        else if (Kind == SyntaxKind.CloseBracketToken)
        {
            result = false;
        }
        Restore(checkpoint);
        return result;
    }

    /// <summary>IndexSignature: '[' Parameter ']' TypeAnnotation ';'</summary>
    private void ParseIndexSignatureRest(int mark)
    {
        Consume();
        ParseParameter();
        Expect(SyntaxKind.CloseBracketToken);
        if (Kind == SyntaxKind.ColonToken)
            ParseTypeAnnotation();
        ParseTypeMemberSeparator();
        Finish(SyntaxKind.IndexSignature, mark);
    }

    /// <summary>PropertyName: IdentifierName | StringLiteral | NumericLiteral | '[' AssignmentExpression ']' | PrivateIdentifier</summary>
    private void ParsePropertyName()
    {
        var mark = Mark();
        switch (Kind)
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.NumericLiteralToken:
            case SyntaxKind.BigIntLiteralToken:
                Consume();
                Finish(SyntaxKind.LiteralExpression, mark);
                break;
            case SyntaxKind.PrivateIdentifierToken:
                Consume();
                Finish(SyntaxKind.PrivateName, mark);
                break;
            case SyntaxKind.OpenBracketToken:
                Consume();
                ParseAssignmentExpressionAllowIn();
                Expect(SyntaxKind.CloseBracketToken);
                Finish(SyntaxKind.ComputedPropertyName, mark);
                break;
            default:
                if (SyntaxFacts.IsKeyword(Kind))
                    ConsumeAs(SyntaxKind.IdentifierToken);
                else if (Kind == SyntaxKind.IdentifierToken)
                    Consume();
                else
                    AddMissing(SyntaxKind.IdentifierToken, Diagnostics.Expected("Property name"));
                Finish(SyntaxKind.IdentifierName, mark);
                break;
        }
    }

    /// <summary>IdentifierName where a reserved word is still a name (labels, member names, import specifiers).</summary>
    private void ParseIdentifierName()
    {
        var mark = Mark();
        if (IsIdentifierOrKeyword)
            ConsumeIdentifierName();
        else
            AddMissing(SyntaxKind.IdentifierToken, Diagnostics.IdentifierExpected());
        Finish(SyntaxKind.IdentifierName, mark);
    }

    // ---- TypeScript declarations -------------------------------------------------------------

    /// <summary>InterfaceDeclaration: 'interface' Name TypeParameterList? ('extends' TypeReference (',' TypeReference)*)? TypeLiteral</summary>
    private void ParseInterfaceDeclaration(int mark)
    {
        Consume();
        ParseBindingIdentifier();
        if (Kind == SyntaxKind.LessThanToken)
            ParseTypeParameterList();
        if (Kind == SyntaxKind.ExtendsKeyword)
            ParseHeritageClause();
        ParseTypeLiteral();
        Finish(SyntaxKind.InterfaceDeclaration, mark);
    }

    /// <summary>TypeAliasDeclaration: 'type' Name TypeParameterList? '=' Type ';'</summary>
    private void ParseTypeAliasDeclaration(int mark)
    {
        Consume();
        ParseBindingIdentifier();
        if (Kind == SyntaxKind.LessThanToken)
            ParseTypeParameterList();
        Expect(SyntaxKind.EqualsToken);
        ParseType();
        ParseSemicolon();
        Finish(SyntaxKind.TypeAliasDeclaration, mark);
    }

    /// <summary>EnumDeclaration: 'const'? 'enum' Name '{' (EnumMember (',' EnumMember)* ','?)? '}'</summary>
    private void ParseEnumDeclaration(int mark)
    {
        TryConsume(SyntaxKind.ConstKeyword);
        Expect(SyntaxKind.EnumKeyword);
        ParseBindingIdentifier();
        if (Expect(SyntaxKind.OpenBraceToken))
        {
            while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
            {
                var memberMark = Mark();
                var start = Current.Start;
                ParsePropertyName();
                if (TryConsume(SyntaxKind.EqualsToken))
                    ParseAssignmentExpressionAllowIn();
                Finish(SyntaxKind.EnumMember, memberMark);
                if (!TryConsume(SyntaxKind.CommaToken))
                    break;
                if (Current.Start == start)
                    break;
            }
            Expect(SyntaxKind.CloseBraceToken);
        }
        Finish(SyntaxKind.EnumDeclaration, mark);
    }

    /// <summary>
    /// ModuleDeclaration: ('namespace' | 'module') Name ('.' Name)* ModuleBlock | 'module' StringLiteral (ModuleBlock | ';')
    /// | 'global' ModuleBlock
    /// </summary>
    private void ParseModuleDeclaration(int mark)
    {
        var isGlobal = IsContextual("global");
        if (!isGlobal)
            Consume();
        var hasStringName = Kind == SyntaxKind.StringLiteralToken;
        if (hasStringName)
        {
            var nameMark = Mark();
            Consume();
            Finish(SyntaxKind.LiteralExpression, nameMark);
        }
        else
        {
            var nameMark = Mark();
            ParseBindingIdentifier();
            while (Kind == SyntaxKind.DotToken)
            {
                Consume();
                ParseIdentifierName();
                Finish(SyntaxKind.QualifiedName, nameMark);
            }
        }
        if (Kind == SyntaxKind.OpenBraceToken)
        {
            var blockMark = Mark();
            Consume();
            ParseStatementList(StatementListEnd.CloseBrace);
            Expect(SyntaxKind.CloseBraceToken);
            Finish(SyntaxKind.ModuleBlock, blockMark);
        }
        else if (hasStringName)
        {
            ParseSemicolon();
        }
        else
        {
            AddMissing(SyntaxKind.OpenBraceToken, Diagnostics.ExpectedToken(SyntaxKind.OpenBraceToken));
        }
        Finish(SyntaxKind.ModuleDeclaration, mark);
    }

    // ---- Modules -----------------------------------------------------------------------------

    /// <summary>
    /// ImportDeclaration: 'import' 'type'? (ImportClause 'from')? StringLiteral ImportAttributes? ';'
    /// | ImportEqualsDeclaration: 'import' 'type'? Name '=' ('require' '(' StringLiteral ')' | EntityName) ';'
    /// </summary>
    private void ParseImportDeclaration(int mark)
    {
        Consume();
        if (TypeScript && IsContextual("type") && IsTypeModifierInImport())
            Consume();

        if (Kind == SyntaxKind.StringLiteralToken)
        {
            Consume();
            ParseImportAttributes();
            ParseSemicolon();
            Finish(SyntaxKind.ImportDeclaration, mark);
            return;
        }

        if (TypeScript && Kind == SyntaxKind.IdentifierToken && PeekKind() == SyntaxKind.EqualsToken)
        {
            ParseImportEqualsRest(mark);
            return;
        }

        var clauseMark = Mark();
        if (Kind == SyntaxKind.IdentifierToken && !IsContextual("from") || (IsContextual("from") && PeekToken().Text == "from"))
        {
            ParseBindingIdentifier();
            TryConsume(SyntaxKind.CommaToken);
        }
        if (Kind == SyntaxKind.AsteriskToken)
        {
            var namespaceMark = Mark();
            Consume();
            ExpectContextual("as");
            ParseBindingIdentifier();
            Finish(SyntaxKind.NamespaceImport, namespaceMark);
        }
        else if (Kind == SyntaxKind.OpenBraceToken)
        {
            ParseNamedImportsOrExports(SyntaxKind.NamedImports, SyntaxKind.ImportSpecifier);
        }
        Finish(SyntaxKind.ImportClause, clauseMark);
        ExpectContextual("from");
        ExpectStringLiteral();
        ParseImportAttributes();
        ParseSemicolon();
        Finish(SyntaxKind.ImportDeclaration, mark);
    }

    /// <summary>'import type X from', 'import type { … }', 'import type * as' — but 'import type from "x"' imports a default named type.</summary>
    private bool IsTypeModifierInImport()
    {
        var next = PeekToken();
        if (next.Kind is SyntaxKind.OpenBraceToken or SyntaxKind.AsteriskToken)
            return true;
        if (next.Kind != SyntaxKind.IdentifierToken)
            return false;
        if (next.Text != "from")
            return true;
        var checkpoint = Save();
        Consume();
        Consume();
        var result = IsContextual("from");
        Restore(checkpoint);
        return result;
    }

    private void ParseImportEqualsRest(int mark)
    {
        ParseBindingIdentifier();
        Expect(SyntaxKind.EqualsToken);
        if (IsContextual("require") && PeekKind() == SyntaxKind.OpenParenToken)
        {
            var referenceMark = Mark();
            Consume();
            Consume();
            ExpectStringLiteral();
            Expect(SyntaxKind.CloseParenToken);
            Finish(SyntaxKind.ExternalModuleReference, referenceMark);
        }
        else
        {
            ParseEntityName();
        }
        ParseSemicolon();
        Finish(SyntaxKind.ImportEqualsDeclaration, mark);
    }

    /// <summary>ImportAttributes: ('with' | 'assert') '{' (Name ':' StringLiteral ','?)* '}'</summary>
    private void ParseImportAttributes()
    {
        if (!(Kind == SyntaxKind.WithKeyword || (IsContextual("assert") && !PrecedingLineBreak)))
            return;
        var mark = Mark();
        Consume();
        if (Expect(SyntaxKind.OpenBraceToken))
        {
            while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
            {
                var attributeMark = Mark();
                var start = Current.Start;
                ParsePropertyName();
                Expect(SyntaxKind.ColonToken);
                ExpectStringLiteral();
                Finish(SyntaxKind.ImportAttribute, attributeMark);
                if (!TryConsume(SyntaxKind.CommaToken) || Current.Start == start)
                    break;
            }
            Expect(SyntaxKind.CloseBraceToken);
        }
        Finish(SyntaxKind.ImportAttributes, mark);
    }

    /// <summary>NamedImports / NamedExports: '{' (Specifier (',' Specifier)* ','?)? '}'; Specifier: 'type'? Name ('as' Name)?</summary>
    private void ParseNamedImportsOrExports(SyntaxKind listKind, SyntaxKind specifierKind)
    {
        var mark = Mark();
        Consume();
        while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
        {
            var specifierMark = Mark();
            var start = Current.Start;
            if (TypeScript && IsContextual("type") && IsTypeModifierInSpecifier())
                Consume();
            ParseModuleExportName();
            if (IsContextual("as"))
            {
                Consume();
                ParseModuleExportName();
            }
            Finish(specifierKind, specifierMark);
            if (!TryConsume(SyntaxKind.CommaToken) || Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseBraceToken);
        Finish(listKind, mark);
    }

    private bool IsTypeModifierInSpecifier()
    {
        var checkpoint = Save();
        Consume();
        bool result;
        if (Kind is SyntaxKind.CommaToken or SyntaxKind.CloseBraceToken)
        {
            result = false;
        }
        else if (IsContextual("as"))
        {
            // 'type as' imports 'as' as a type, 'type as as x' renames it; 'type as x' renames 'type'.
            Consume();
            if (Kind is SyntaxKind.CommaToken or SyntaxKind.CloseBraceToken)
            {
                result = true;
            }
            else if (IsContextual("as"))
            {
                Consume();
                result = Kind is not SyntaxKind.CommaToken and not SyntaxKind.CloseBraceToken;
            }
            else
            {
                result = false;
            }
        }
        else
        {
            result = IsIdentifierOrKeyword || Kind == SyntaxKind.StringLiteralToken;
        }
        Restore(checkpoint);
        return result;
    }

    private void ParseModuleExportName()
    {
        if (Kind == SyntaxKind.StringLiteralToken)
        {
            var mark = Mark();
            Consume();
            Finish(SyntaxKind.LiteralExpression, mark);
        }
        else
        {
            ParseIdentifierName();
        }
    }

    /// <summary>A string literal (a module specifier or an import attribute's value), or a missing one with a diagnostic.</summary>
    private void ExpectStringLiteral()
    {
        if (Kind == SyntaxKind.StringLiteralToken)
            Consume();
        else
            AddMissing(SyntaxKind.StringLiteralToken, Diagnostics.Expected("String literal"));
    }

    private void ExpectContextual(string keyword)
    {
        if (IsContextual(keyword))
            Consume();
        else
            AddMissing(SyntaxKind.IdentifierToken, Diagnostics.Expected($"'{keyword}'"));
    }

    /// <summary>
    /// ExportDeclaration in all its forms: 'export' Declaration, 'export' 'default' …, 'export' '*' …,
    /// 'export' '{' … '}', and TypeScript's 'export =', 'export as namespace' and 'export import Name = …'.
    /// </summary>
    private void ParseExportDeclaration(int mark)
    {
        Consume();
        if (Kind == SyntaxKind.DefaultKeyword)
        {
            Consume();
            ParseExportDefaultRest(mark);
            return;
        }
        if (TypeScript && Kind == SyntaxKind.EqualsToken)
        {
            Consume();
            ParseExpressionAllowIn();
            ParseSemicolon();
            Finish(SyntaxKind.ExportAssignment, mark);
            return;
        }
        if (TypeScript && IsContextual("as"))
        {
            Consume();
            ExpectContextual("namespace");
            ParseBindingIdentifier();
            ParseSemicolon();
            Finish(SyntaxKind.NamespaceExportDeclaration, mark);
            return;
        }
        if (TypeScript && Kind == SyntaxKind.ImportKeyword)
        {
            Consume();
            if (IsContextual("type") && IsTypeModifierInImport())
                Consume();
            ParseImportEqualsRest(mark);
            return;
        }
        if (TypeScript && IsContextual("type") && PeekKind() is SyntaxKind.OpenBraceToken or SyntaxKind.AsteriskToken)
            Consume();
        if (Kind == SyntaxKind.AsteriskToken)
        {
            var namespaceMark = Mark();
            Consume();
            if (IsContextual("as"))
            {
                Consume();
                ParseModuleExportName();
            }
            Finish(SyntaxKind.NamespaceExport, namespaceMark);
            ExpectContextual("from");
            ExpectStringLiteral();
            ParseImportAttributes();
            ParseSemicolon();
            Finish(SyntaxKind.ExportDeclaration, mark);
            return;
        }
        if (Kind == SyntaxKind.OpenBraceToken)
        {
            ParseNamedImportsOrExports(SyntaxKind.NamedExports, SyntaxKind.ExportSpecifier);
            if (IsContextual("from"))
            {
                Consume();
                ExpectStringLiteral();
                ParseImportAttributes();
            }
            ParseSemicolon();
            Finish(SyntaxKind.ExportDeclaration, mark);
            return;
        }
        var declarationMark = Mark();
        ParseDeclarationAfterModifiers(declarationMark);
        Finish(SyntaxKind.ExportDeclaration, mark);
    }

    /// <summary>After 'export default': a function or class declaration (name optional), an interface, or an expression.</summary>
    private void ParseExportDefaultRest(int mark)
    {
        var declarationMark = Mark();
        if (Kind == SyntaxKind.FunctionKeyword || (IsContextual("async") && PeekToken() is { Kind: SyntaxKind.FunctionKeyword, LineBreakBefore: false }))
        {
            ParseFunction(declarationMark, SyntaxKind.FunctionDeclaration);
        }
        else if (Kind == SyntaxKind.ClassKeyword)
        {
            ParseClass(declarationMark, SyntaxKind.ClassDeclaration);
        }
        else if (Kind == SyntaxKind.AtToken)
        {
            ParseDecorators();
            ParseDecoratedStatement(declarationMark);
        }
        else if (TypeScript && IsContextual("abstract") && PeekKind() == SyntaxKind.ClassKeyword)
        {
            Consume();
            ParseClass(declarationMark, SyntaxKind.ClassDeclaration);
        }
        else if (TypeScript && IsContextual("interface") && PeekKind() == SyntaxKind.IdentifierToken)
        {
            ParseInterfaceDeclaration(declarationMark);
        }
        else
        {
            ParseAssignmentExpressionAllowIn();
            ParseSemicolon();
        }
        Finish(SyntaxKind.ExportDefaultDeclaration, mark);
    }
}
