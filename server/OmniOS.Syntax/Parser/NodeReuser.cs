using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// Offers the incremental parser the subtrees of the previous tree that an edit cannot have
/// changed: statements, class members and JSX children (elements, text, expression containers) that lie wholly outside the edited
/// range, keyed by where they start in the new text.
/// <para>
/// A subtree is offered only when re-parsing it would give the same result: it holds no
/// diagnostics, its text is unchanged, and the token after it (which can decide where a statement
/// ends, as with automatic semicolons or a following 'else') is unchanged too. The parser takes
/// one only at a list position where a fresh parse would start the same kind of node, so the
/// result equals a fresh parse.
/// </para>
/// </summary>
internal sealed class NodeReuser
{
    private readonly Dictionary<int, GreenNode> _statements = [];
    private readonly Dictionary<int, GreenNode> _classMembers = [];
    private readonly Dictionary<int, GreenNode> _jsxChildren = [];
    private readonly TextSpan _dirty;
    private readonly int _delta;

    public NodeReuser(GreenNode oldRoot, TextChange change)
    {
        // One character of margin on each side: an edit next to a token can merge with it.
        _dirty = TextSpan.FromBounds(Math.Max(0, change.Span.Start - 1), change.Span.End + 1);
        _delta = change.Delta;
        Collect(oldRoot, 0);
    }

    public bool TryTake(ReusableNodeKind kind, int newPosition, out GreenNode node, out bool endsWithLineBreak)
    {
        var table = kind switch
        {
            ReusableNodeKind.Statement => _statements,
            ReusableNodeKind.ClassMember => _classMembers,
            _ => _jsxChildren,
        };
        if (table.Remove(newPosition, out node!))
        {
            endsWithLineBreak = GreenTree.EndsWithLineBreak(node);
            return true;
        }
        endsWithLineBreak = false;
        return false;
    }

    /// <summary>Walks down only through nodes that overlap the edit; their untouched children are the candidates.</summary>
    private void Collect(GreenNode node, int position)
    {
        var childPosition = position;
        for (var i = 0; i < node.SlotCount; i++)
        {
            var child = node.GetSlot(i);
            var span = new TextSpan(childPosition, child.FullWidth);
            if (child is not GreenToken)
            {
                if (span.IntersectsWith(_dirty))
                    Collect(child, childPosition);
                else
                    Offer(node, i, child, span);
            }
            childPosition += child.FullWidth;
        }
    }

    private void Offer(GreenNode parent, int index, GreenNode child, TextSpan span)
    {
        if (child.ContainsDiagnostics || child.FullWidth == 0)
            return;
        var table = TableFor(parent.Kind, child.Kind);
        if (table is null)
            return;
        if (span.End <= _dirty.Start)
        {
            // Before the edit: the token that follows must be before the edit as well.
            if (table != _jsxChildren && !NextTokenIsBefore(parent, index, span.End, _dirty.Start))
                return;
            table[span.Start] = child;
        }
        else
        {
            table[span.Start + _delta] = child;
        }
    }

    private static bool NextTokenIsBefore(GreenNode parent, int index, int end, int limit)
    {
        if (index + 1 >= parent.SlotCount)
            return false;
        var next = parent.GetSlot(index + 1);
        var token = next as GreenToken ?? GreenTree.FirstToken(next);
        return token is not null && end + token.FullWidth < limit;
    }

    private Dictionary<int, GreenNode>? TableFor(SyntaxKind parentKind, SyntaxKind childKind)
    {
        switch (parentKind)
        {
            case SyntaxKind.SourceFile:
            case SyntaxKind.Block:
            case SyntaxKind.ModuleBlock:
            case SyntaxKind.CaseClause:
            case SyntaxKind.DefaultClause:
                return IsStatement(childKind) ? _statements : null;
            case SyntaxKind.ClassBody:
                return _classMembers;
            case SyntaxKind.JsxElement:
            case SyntaxKind.JsxFragment:
                return childKind is SyntaxKind.JsxElement or SyntaxKind.JsxSelfClosingElement or SyntaxKind.JsxFragment
                    or SyntaxKind.JsxText or SyntaxKind.JsxExpressionContainer or SyntaxKind.JsxSpreadChild ? _jsxChildren : null;
            default:
                return null;
        }
    }

    private static bool IsStatement(SyntaxKind kind) => kind is SyntaxKind.Block or SyntaxKind.EmptyStatement or SyntaxKind.ExpressionStatement
        or SyntaxKind.VariableStatement or SyntaxKind.IfStatement or SyntaxKind.DoStatement or SyntaxKind.WhileStatement
        or SyntaxKind.ForStatement or SyntaxKind.ForInStatement or SyntaxKind.ForOfStatement or SyntaxKind.ContinueStatement
        or SyntaxKind.BreakStatement or SyntaxKind.ReturnStatement or SyntaxKind.WithStatement or SyntaxKind.SwitchStatement
        or SyntaxKind.LabeledStatement or SyntaxKind.ThrowStatement or SyntaxKind.TryStatement or SyntaxKind.DebuggerStatement
        or SyntaxKind.FunctionDeclaration or SyntaxKind.ClassDeclaration or SyntaxKind.InterfaceDeclaration
        or SyntaxKind.TypeAliasDeclaration or SyntaxKind.EnumDeclaration or SyntaxKind.ModuleDeclaration
        or SyntaxKind.ImportDeclaration or SyntaxKind.ImportEqualsDeclaration or SyntaxKind.ExportDeclaration
        or SyntaxKind.ExportDefaultDeclaration or SyntaxKind.ExportAssignment or SyntaxKind.NamespaceExportDeclaration;
}
