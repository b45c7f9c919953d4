namespace OmniOS.Syntax.Parser;

internal sealed partial class Parser
{
    /// <summary>Inside the check type of a conditional type, 'extends' ends the type instead of starting another conditional.</summary>
    private bool _disallowConditionalTypes;

    /// <summary>TypeAnnotation: ':' Type</summary>
    private void ParseTypeAnnotation()
    {
        var mark = Mark();
        Consume();
        ParseTypeAllowConditional();
        Finish(SyntaxKind.TypeAnnotation, mark);
    }

    /// <summary>A return type: ':' (TypePredicate | Type)</summary>
    private void ParseReturnTypeAnnotation()
    {
        var mark = Mark();
        Consume();
        ParseReturnType();
        Finish(SyntaxKind.TypeAnnotation, mark);
    }

    /// <summary>TypePredicate: 'asserts'? (Identifier | 'this') ('is' Type)? | Type</summary>
    private void ParseReturnType()
    {
        var mark = Mark();
        if (IsContextual("asserts") && PeekToken() is { LineBreakBefore: false } next && (next.Kind is SyntaxKind.IdentifierToken or SyntaxKind.ThisKeyword))
        {
            Consume();
            ParseTypePredicateSubject();
            if (IsContextual("is") && !PrecedingLineBreak)
            {
                Consume();
                ParseTypeAllowConditional();
            }
            Finish(SyntaxKind.TypePredicate, mark);
            return;
        }
        if (Kind is SyntaxKind.IdentifierToken or SyntaxKind.ThisKeyword && PeekToken() is { Kind: SyntaxKind.IdentifierToken, Text: "is", LineBreakBefore: false })
        {
            ParseTypePredicateSubject();
            Consume();
            ParseTypeAllowConditional();
            Finish(SyntaxKind.TypePredicate, mark);
            return;
        }
        ParseTypeAllowConditional();
    }

    private void ParseTypePredicateSubject()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.ThisKeyword)
        {
            Consume();
            Finish(SyntaxKind.ThisType, mark);
        }
        else
        {
            Consume();
            Finish(SyntaxKind.IdentifierName, mark);
        }
    }

    private void ParseTypeAllowConditional()
    {
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        ParseType();
        _disallowConditionalTypes = disallow;
    }

    /// <summary>
    /// Type: FunctionType | ConstructorType | UnionType ('extends' Type '?' Type ':' Type)?
    /// </summary>
    private void ParseType()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
        if (Kind is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken && TryParseFunctionType(mark, SyntaxKind.FunctionType))
        {
            ExitNesting();
            return;
        }
        if (Kind == SyntaxKind.NewKeyword || (IsContextual("abstract") && PeekKind() == SyntaxKind.NewKeyword))
        {
            if (IsContextual("abstract"))
                Consume();
            Consume();
            if (!TryParseFunctionType(mark, SyntaxKind.ConstructorType))
            {
                ParseSignature();
                Expect(SyntaxKind.EqualsGreaterThanToken);
                ParseReturnType();
                Finish(SyntaxKind.ConstructorType, mark);
            }
            ExitNesting();
            return;
        }
        ParseUnionType();
        if (!_disallowConditionalTypes && Kind == SyntaxKind.ExtendsKeyword && !PrecedingLineBreak)
        {
            Consume();
            var disallow = _disallowConditionalTypes;
            _disallowConditionalTypes = true;
            ParseType();
            _disallowConditionalTypes = disallow;
            Expect(SyntaxKind.QuestionToken);
            ParseTypeAllowConditional();
            Expect(SyntaxKind.ColonToken);
            ParseTypeAllowConditional();
            Finish(SyntaxKind.ConditionalType, mark);
        }
        ExitNesting();
    }

    /// <summary>FunctionType: TypeParameterList? ParameterList '=&gt;' ReturnType — tried, and abandoned when it does not fit.</summary>
    private bool TryParseFunctionType(int mark, SyntaxKind kind)
    {
        var checkpoint = Save();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        if (Kind == SyntaxKind.LessThanToken)
            ParseTypeParameterList();
        if (Kind == SyntaxKind.OpenParenToken)
            ParseParameterList();
        var isFunction = Kind == SyntaxKind.EqualsGreaterThanToken && !ContainsDiagnosticsSince(checkpoint.NodeCount);
        if (!isFunction)
        {
            _disallowConditionalTypes = disallow;
            Restore(checkpoint);
            return false;
        }
        Consume();
        ParseReturnType();
        _disallowConditionalTypes = disallow;
        Finish(kind, mark);
        return true;
    }

    /// <summary>UnionType: '|'? IntersectionType ('|' IntersectionType)*</summary>
    private void ParseUnionType()
    {
        var mark = Mark();
        var hasLeading = TryConsume(SyntaxKind.BarToken);
        ParseIntersectionType();
        if (Kind != SyntaxKind.BarToken && !hasLeading)
            return;
        while (TryConsume(SyntaxKind.BarToken))
            ParseIntersectionType();
        Finish(SyntaxKind.UnionType, mark);
    }

    /// <summary>IntersectionType: '&amp;'? TypeOperator ('&amp;' TypeOperator)*</summary>
    private void ParseIntersectionType()
    {
        var mark = Mark();
        var hasLeading = TryConsume(SyntaxKind.AmpersandToken);
        ParseTypeOperator();
        if (Kind != SyntaxKind.AmpersandToken && !hasLeading)
            return;
        while (TryConsume(SyntaxKind.AmpersandToken))
            ParseTypeOperator();
        Finish(SyntaxKind.IntersectionType, mark);
    }

    /// <summary>TypeOperator: ('keyof' | 'unique' | 'readonly') TypeOperator | 'infer' Identifier ('extends' Type)? | PostfixType</summary>
    private void ParseTypeOperator()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.IdentifierToken && !_token.HasEscape)
        {
            switch (CurrentText)
            {
                case "keyof" or "unique" or "readonly" when IsStartOfTypeAfterOperator():
                    if (!EnterNesting())
                        return;
                    Consume();
                    ParseTypeOperator();
                    Finish(SyntaxKind.TypeOperator, mark);
                    ExitNesting();
                    return;
                case "infer" when PeekKind() == SyntaxKind.IdentifierToken:
                    Consume();
                    ParseBindingIdentifier();
                    TryParseInferConstraint();
                    Finish(SyntaxKind.InferType, mark);
                    return;
            }
        }
        ParsePostfixType(mark);
    }

    private bool IsStartOfTypeAfterOperator()
    {
        var next = PeekToken();
        return next.Kind is not (SyntaxKind.CommaToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken
            or SyntaxKind.GreaterThanToken or SyntaxKind.EqualsToken or SyntaxKind.SemicolonToken or SyntaxKind.ColonToken or SyntaxKind.QuestionToken
            or SyntaxKind.BarToken or SyntaxKind.AmpersandToken or SyntaxKind.EndOfFileToken or SyntaxKind.EqualsGreaterThanToken);
    }

    /// <summary>'infer U extends C' takes the constraint unless the 'extends' starts the enclosing conditional ('? ...' follows).</summary>
    private void TryParseInferConstraint()
    {
        if (Kind != SyntaxKind.ExtendsKeyword)
            return;
        var checkpoint = Save();
        Consume();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = true;
        ParseType();
        _disallowConditionalTypes = disallow;
        if (disallow || Kind != SyntaxKind.QuestionToken)
            return;
        Restore(checkpoint);
    }

    /// <summary>PostfixType: PrimaryType ('[' ']' | '[' Type ']')*</summary>
    private void ParsePostfixType(int mark)
    {
        ParsePrimaryType();
        while (Kind == SyntaxKind.OpenBracketToken && !PrecedingLineBreak)
        {
            Consume();
            if (TryConsume(SyntaxKind.CloseBracketToken))
            {
                Finish(SyntaxKind.ArrayType, mark);
                continue;
            }
            ParseTypeAllowConditional();
            Expect(SyntaxKind.CloseBracketToken);
            Finish(SyntaxKind.IndexedAccessType, mark);
        }
    }

    /// <summary>
    /// PrimaryType: PredefinedType | TypeReference | ParenthesizedType | TypeLiteral | MappedType | TupleType
    /// | TypeQuery | ImportType | ThisType | LiteralType | TemplateLiteralType
    /// </summary>
    private void ParsePrimaryType()
    {
        var mark = Mark();
        switch (Kind)
        {
            case SyntaxKind.OpenParenToken:
                Consume();
                ParseTypeAllowConditional();
                Expect(SyntaxKind.CloseParenToken);
                Finish(SyntaxKind.ParenthesizedType, mark);
                return;
            case SyntaxKind.OpenBraceToken:
                if (IsMappedTypeStart())
                    ParseMappedType();
                else
                    ParseTypeLiteral();
                return;
            case SyntaxKind.OpenBracketToken:
                ParseTupleType();
                return;
            case SyntaxKind.TypeOfKeyword:
                Consume();
                if (Kind == SyntaxKind.ImportKeyword)
                    ParseImportType();
                else
                    ParseEntityName();
                if (Kind == SyntaxKind.LessThanToken && !PrecedingLineBreak)
                    ParseTypeArgumentList();
                Finish(SyntaxKind.TypeQuery, mark);
                return;
            case SyntaxKind.ImportKeyword:
                ParseImportType();
                return;
            case SyntaxKind.ThisKeyword:
                Consume();
                Finish(SyntaxKind.ThisType, mark);
                return;
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.NumericLiteralToken:
            case SyntaxKind.BigIntLiteralToken:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NullKeyword:
                Consume();
                Finish(SyntaxKind.LiteralType, mark);
                return;
            case SyntaxKind.MinusToken when PeekKind() is SyntaxKind.NumericLiteralToken or SyntaxKind.BigIntLiteralToken:
                Consume();
                Consume();
                Finish(SyntaxKind.LiteralType, mark);
                return;
            case SyntaxKind.NoSubstitutionTemplateToken:
                Consume();
                Finish(SyntaxKind.TemplateLiteralType, mark);
                return;
            case SyntaxKind.TemplateHeadToken:
                Consume();
                ParseTemplateSpans(SyntaxKind.TemplateLiteralTypeSpan, ParseTypeAllowConditional);
                Finish(SyntaxKind.TemplateLiteralType, mark);
                return;
            case SyntaxKind.VoidKeyword:
                Consume();
                Finish(SyntaxKind.PredefinedType, mark);
                return;
            case SyntaxKind.IdentifierToken when IsPredefinedTypeName():
                Consume();
                Finish(SyntaxKind.PredefinedType, mark);
                return;
            case SyntaxKind.IdentifierToken:
                ParseEntityName();
                if (Kind == SyntaxKind.LessThanToken && !PrecedingLineBreak)
                    ParseTypeArgumentList();
                Finish(SyntaxKind.TypeReference, mark);
                return;
            default:
                AddMissing(SyntaxKind.IdentifierToken, Diagnostics.TypeExpected());
                Finish(SyntaxKind.TypeReference, mark);
                return;
        }
    }

    /// <summary>PredefinedType: 'any' | 'unknown' | 'never' | 'string' | 'number' | 'boolean' | 'bigint' | 'symbol' | 'object' | 'undefined' (and 'void'), unless a '.' follows.</summary>
    private bool IsPredefinedTypeName() =>
        !_token.HasEscape
        && CurrentText is "any" or "unknown" or "never" or "string" or "number" or "boolean" or "bigint" or "symbol" or "object" or "undefined"
        && PeekKind() != SyntaxKind.DotToken;

    /// <summary>EntityName: Identifier ('.' IdentifierName)*</summary>
    private void ParseEntityName()
    {
        var mark = Mark();
        if (Kind == SyntaxKind.ThisKeyword)
            ParseIdentifierName();
        else
            ParseBindingIdentifier();
        while (Kind == SyntaxKind.DotToken)
        {
            Consume();
            ParseIdentifierName();
            Finish(SyntaxKind.QualifiedName, mark);
        }
    }

    /// <summary>ImportType: 'import' '(' StringLiteral (',' ObjectLiteral)? ')' ('.' EntityName)? TypeArguments?</summary>
    private void ParseImportType()
    {
        var mark = Mark();
        Consume();
        Expect(SyntaxKind.OpenParenToken);
        ParseTypeAllowConditional();
        if (TryConsume(SyntaxKind.CommaToken) && Kind == SyntaxKind.OpenBraceToken)
            ParseObjectLiteral();
        Expect(SyntaxKind.CloseParenToken);
        while (TryConsume(SyntaxKind.DotToken))
            ParseIdentifierName();
        if (Kind == SyntaxKind.LessThanToken && !PrecedingLineBreak)
            ParseTypeArgumentList();
        Finish(SyntaxKind.ImportType, mark);
    }

    /// <summary>TupleType: '[' (('...'? (Name '?'? ':')? Type '?'?) (',' …)* ','?)? ']'</summary>
    private void ParseTupleType()
    {
        var mark = Mark();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        Consume();
        while (Kind is not SyntaxKind.CloseBracketToken and not SyntaxKind.EndOfFileToken)
        {
            var elementMark = Mark();
            var start = Current.Start;
            var isRest = TryConsume(SyntaxKind.DotDotDotToken);
            if (IsIdentifierOrKeyword && IsNamedTupleMember())
            {
                ParseIdentifierName();
                TryConsume(SyntaxKind.QuestionToken);
                Consume();
                ParseType();
                Finish(SyntaxKind.NamedTupleMember, elementMark);
            }
            else
            {
                ParseType();
                if (Kind == SyntaxKind.QuestionToken)
                {
                    Consume();
                    Finish(SyntaxKind.OptionalType, elementMark);
                }
                else if (isRest)
                {
                    Finish(SyntaxKind.RestType, elementMark);
                }
            }
            if (!TryConsume(SyntaxKind.CommaToken) || Current.Start == start)
                break;
        }
        Expect(SyntaxKind.CloseBracketToken);
        _disallowConditionalTypes = disallow;
        Finish(SyntaxKind.TupleType, mark);
    }

    private bool IsNamedTupleMember()
    {
        var checkpoint = Save();
        Consume();
        if (Kind == SyntaxKind.QuestionToken)
            Consume();
        var result = Kind == SyntaxKind.ColonToken;
        Restore(checkpoint);
        return result;
    }

    /// <summary>'{' ('+' | '-')? 'readonly'? '[' Identifier 'in' — a mapped type.</summary>
    private bool IsMappedTypeStart()
    {
        var checkpoint = Save();
        Consume();
        if (Kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken)
            Consume();
        if (IsContextual("readonly"))
            Consume();
        var result = false;
        if (Kind == SyntaxKind.OpenBracketToken)
        {
            Consume();
            if (IsIdentifierOrKeyword)
            {
                Consume();
                result = Kind == SyntaxKind.InKeyword;
            }
        }
        Restore(checkpoint);
        return result;
    }

    /// <summary>MappedType: '{' (('+' | '-')? 'readonly')? '[' Identifier 'in' Type ('as' Type)? ']' (('+' | '-')? '?')? TypeAnnotation? ';'? '}'</summary>
    private void ParseMappedType()
    {
        var mark = Mark();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        Consume();
        if (Kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken)
            Consume();
        if (IsContextual("readonly"))
            Consume();
        Expect(SyntaxKind.OpenBracketToken);
        var parameterMark = Mark();
        ParseIdentifierName();
        Expect(SyntaxKind.InKeyword);
        ParseType();
        Finish(SyntaxKind.TypeParameter, parameterMark);
        if (IsContextual("as"))
        {
            Consume();
            ParseType();
        }
        Expect(SyntaxKind.CloseBracketToken);
        if (Kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken)
        {
            Consume();
            Expect(SyntaxKind.QuestionToken);
        }
        else
        {
            TryConsume(SyntaxKind.QuestionToken);
        }
        if (Kind == SyntaxKind.ColonToken)
            ParseTypeAnnotation();
        if (!TryConsume(SyntaxKind.SemicolonToken))
            TryConsume(SyntaxKind.CommaToken);
        Expect(SyntaxKind.CloseBraceToken);
        _disallowConditionalTypes = disallow;
        Finish(SyntaxKind.MappedType, mark);
    }

    /// <summary>TypeLiteral: '{' TypeMember* '}' (also the body of an interface)</summary>
    private void ParseTypeLiteral()
    {
        if (!EnterNesting())
            return;
        var mark = Mark();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        if (Expect(SyntaxKind.OpenBraceToken))
        {
            while (Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
            {
                var start = Current.Start;
                ParseTypeMember();
                if (_hasToken && _token.Start == start && Kind is not SyntaxKind.CloseBraceToken and not SyntaxKind.EndOfFileToken)
                    SkipTokenWithError(UnexpectedCurrent());
            }
            Expect(SyntaxKind.CloseBraceToken);
        }
        _disallowConditionalTypes = disallow;
        Finish(SyntaxKind.TypeLiteral, mark);
        ExitNesting();
    }

    /// <summary>
    /// TypeMember: CallSignature | ConstructSignature | IndexSignature | MethodSignature
    /// | PropertySignature | GetAccessor | SetAccessor, each ended by ';', ',' or a line break.
    /// </summary>
    private void ParseTypeMember()
    {
        var mark = Mark();
        if (Kind is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            ParseSignature();
            ParseTypeMemberSeparator();
            Finish(SyntaxKind.CallSignature, mark);
            return;
        }
        if (Kind == SyntaxKind.NewKeyword && PeekKind() is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            Consume();
            ParseSignature();
            ParseTypeMemberSeparator();
            Finish(SyntaxKind.ConstructSignature, mark);
            return;
        }
        while (IsContextual("readonly") && PeekToken() is { LineBreakBefore: false } next && CanStartMemberName(next.Kind))
            Consume();
        if (Kind == SyntaxKind.OpenBracketToken && IsIndexSignature())
        {
            ParseIndexSignatureRest(mark);
            return;
        }
        var accessorKind = SyntaxKind.None;
        if ((IsContextual("get") || IsContextual("set")) && CanStartMemberName(PeekKind()))
        {
            accessorKind = CurrentText == "get" ? SyntaxKind.GetAccessor : SyntaxKind.SetAccessor;
            Consume();
        }
        ParsePropertyName();
        TryConsume(SyntaxKind.QuestionToken);
        if (Kind is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            ParseSignature();
            ParseTypeMemberSeparator();
            Finish(accessorKind != SyntaxKind.None ? accessorKind : SyntaxKind.MethodSignature, mark);
            return;
        }
        if (Kind == SyntaxKind.ColonToken)
            ParseTypeAnnotation();
        ParseTypeMemberSeparator();
        Finish(SyntaxKind.PropertySignature, mark);
    }

    private void ParseTypeMemberSeparator()
    {
        if (Kind is SyntaxKind.SemicolonToken or SyntaxKind.CommaToken)
        {
            Consume();
            return;
        }
        if (Kind is SyntaxKind.CloseBraceToken or SyntaxKind.EndOfFileToken || PrecedingLineBreak)
            return;
        AddMissing(SyntaxKind.SemicolonToken, Diagnostics.SemicolonExpected());
    }

    /// <summary>TypeArgumentList: '&lt;' Type (',' Type)* ','? '&gt;'</summary>
    private void ParseTypeArgumentList()
    {
        var mark = Mark();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        Consume();
        while (Kind is not SyntaxKind.GreaterThanToken and not SyntaxKind.EndOfFileToken)
        {
            var start = Current.Start;
            ParseType();
            if (!TryConsume(SyntaxKind.CommaToken) || Current.Start == start)
                break;
        }
        Expect(SyntaxKind.GreaterThanToken);
        _disallowConditionalTypes = disallow;
        Finish(SyntaxKind.TypeArgumentList, mark);
    }

    /// <summary>TypeParameterList: '&lt;' TypeParameter (',' TypeParameter)* ','? '&gt;'; TypeParameter: ('const' | 'in' | 'out')* Name ('extends' Type)? ('=' Type)?</summary>
    private void ParseTypeParameterList()
    {
        var mark = Mark();
        var disallow = _disallowConditionalTypes;
        _disallowConditionalTypes = false;
        Consume();
        while (Kind is not SyntaxKind.GreaterThanToken and not SyntaxKind.EndOfFileToken)
        {
            var parameterMark = Mark();
            var start = Current.Start;
            // A modifier is followed by the name or by another modifier: '<const in T>', '<in out T>'.
            while ((Kind is SyntaxKind.ConstKeyword or SyntaxKind.InKeyword || IsContextual("out"))
                && PeekKind() is SyntaxKind.IdentifierToken or SyntaxKind.InKeyword or SyntaxKind.ConstKeyword)
                Consume();
            ParseBindingIdentifier();
            if (Kind == SyntaxKind.ExtendsKeyword)
            {
                Consume();
                ParseType();
            }
            if (TryConsume(SyntaxKind.EqualsToken))
                ParseType();
            Finish(SyntaxKind.TypeParameter, parameterMark);
            if (!TryConsume(SyntaxKind.CommaToken) || Current.Start == start)
                break;
        }
        Expect(SyntaxKind.GreaterThanToken);
        _disallowConditionalTypes = disallow;
        Finish(SyntaxKind.TypeParameterList, mark);
    }
}
