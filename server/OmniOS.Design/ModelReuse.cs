using OmniOS.Design.Model;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design;

/// <summary>
/// What a rebuild can take from the model of the file's previous text: for a top-level statement
/// whose text and bounds are unchanged, whether it holds JSX and the components declared in it,
/// moved by the edit's shift; and the imports, when no import changed. Reading them again would
/// give the same: a top-level statement parses the same wherever it stands, and its ids depend
/// only on its owner's name. Only the statements before and after the changed text qualify.
/// </summary>
internal sealed class ModelReuse
{
    private readonly DesignModel _oldModel;
    private readonly int _unchangedBefore;
    private readonly int _unchangedFrom;
    private readonly int _shift;
    private readonly HashSet<TextSpan> _oldStatements;

    /// <summary>The new text's top-level statements that are not unchanged old ones, and the old ones not carried into the new text.</summary>
    private readonly List<SyntaxNode> _changedStatements = [];
    private readonly List<SyntaxNode> _replacedStatements = [];
    private readonly Dictionary<TextSpan, ComponentModel> _oldComponents;
    private readonly int[] _oldComponentStarts;
    private readonly TextSpan[] _oldComponentSpans;
    private bool? _typesUnchanged;
    private bool? _dataUnchanged;

    private ModelReuse(SyntaxTree oldTree, DesignModel oldModel, SyntaxTree tree)
    {
        _oldModel = oldModel;
        var oldText = oldTree.Text;
        var newText = tree.Text;
        var prefix = oldText.AsSpan().CommonPrefixLength(newText);
        var suffix = TextDifference.CommonSuffixLength(oldText.AsSpan(prefix), newText.AsSpan(prefix));
        _unchangedBefore = prefix;
        _unchangedFrom = newText.Length - suffix;
        _shift = newText.Length - oldText.Length;
        // Sized up front: a large file has a hundred statements or more, and this runs after every edit.
        var oldStatements = oldTree.Root.ChildNodes().ToList();
        _oldStatements = new HashSet<TextSpan>(oldStatements.Count);
        foreach (var statement in oldStatements)
            _oldStatements.Add(statement.Span);
        var carried = new HashSet<TextSpan>(oldStatements.Count);
        foreach (var statement in tree.Root.ChildNodes())
        {
            if (OldSpan(statement) is { } old)
                carried.Add(old);
            else
                _changedStatements.Add(statement);
        }
        _replacedStatements.AddRange(oldStatements.Where(n => !carried.Contains(n.Span)));
        _oldComponents = oldModel.Components.ToDictionary(c => c.Span);
        _oldComponentSpans = oldModel.Components.Select(c => c.Span).OrderBy(s => s.Start).ToArray();
        _oldComponentStarts = _oldComponentSpans.Select(s => s.Start).ToArray();
    }

    public static ModelReuse? Create((SyntaxTree Tree, DesignModel Model)? previous, SyntaxTree tree) =>
        previous is { } old && old.Tree.Options == tree.Options ? new ModelReuse(old.Tree, old.Model, tree) : null;

    /// <summary>The old model's imports, when every import declaration is unchanged; else null (read them).</summary>
    public IReadOnlyList<ImportModel>? UnchangedImports() =>
        SameStatements(s => s.Kind == SyntaxKind.ImportDeclaration) ? _oldModel.Imports : null;

    /// <summary>
    /// Whether the carried element trees hold for these imports and local component names: they
    /// decide what component instances refer to.
    /// </summary>
    public bool CanReuseWith(IReadOnlyList<ImportModel> imports, IReadOnlySet<string> localNames) =>
        (ReferenceEquals(imports, _oldModel.Imports) || SameImports(_oldModel.Imports, imports))
        && localNames.SetEquals(_oldModel.Components.Select(c => c.Name));

    /// <summary>Whether the node holds JSX, known without walking it when its statement is unchanged; null when not known.</summary>
    public bool? HasJsx(SyntaxNode node)
    {
        if (OldSpan(node) is not { } old)
            return null;
        var index = Array.BinarySearch(_oldComponentStarts, old.Start);
        if (index < 0)
            index = ~index;
        return index < _oldComponentSpans.Length && _oldComponentSpans[index].End <= old.End;
    }

    /// <summary>
    /// The component the old model read from this owner under the same ids, moved to where the owner
    /// is now; null when it cannot be reused. Its props hold while no interface or type alias changed.
    /// </summary>
    public ComponentModel? Component(SyntaxNode owner, string path, string idName)
    {
        if (OldSpan(owner) is not { } old || !_oldComponents.TryGetValue(old, out var component))
            return null;
        if (component.Roots is not [ElementNode first, ..] || !IsIdUnder(first.Id, path, idName))
            return null;
        if (!(_typesUnchanged ??= SameStatements(IsTypeDeclaration)))
            return null;
        // Repeaters carry the items of the file's literal data; the data must be as it was.
        if (!(_dataUnchanged ??= SameStatements(LiteralReader.DeclaresData)))
            return null;
        var shift = owner.Span.Start - old.Start;
        return shift == 0 ? component : component with { Span = Moved(component.Span, shift), Roots = Shift(component.Roots, shift) };
    }

    /// <summary>Whether an element id was given under an owner's ids, "{path}#{idName}/…" (checked without spelling them out for every owner).</summary>
    private static bool IsIdUnder(string id, string path, string idName) =>
        id.AsSpan() is var rest && rest.StartsWith(path) && rest[path.Length..] is ['#', .. var named] && named.StartsWith(idName) && named[idName.Length..] is ['/', ..];

    /// <summary>
    /// Whether the statements of a kind are the same in both texts: none is among the statements the
    /// edit changed, in either text (an unchanged statement is of the same kind in both).
    /// </summary>
    private bool SameStatements(Func<SyntaxNode, bool> kind) => !_changedStatements.Any(kind) && !_replacedStatements.Any(kind);

    private static bool IsTypeDeclaration(SyntaxNode statement) =>
        statement.Kind is SyntaxKind.InterfaceDeclaration or SyntaxKind.TypeAliasDeclaration
        || (statement.Kind == SyntaxKind.ExportDeclaration && statement.ChildNodes().Any(n => n.Kind is SyntaxKind.InterfaceDeclaration or SyntaxKind.TypeAliasDeclaration));

    /// <summary>Where a node's text was in the old text, when it and its top-level statement are unchanged there.</summary>
    private TextSpan? OldSpan(SyntaxNode node)
    {
        var statement = node;
        while (statement.Parent is { Parent: not null } parent)
            statement = parent;
        return Map(statement.Span) is { } oldStatement && _oldStatements.Contains(oldStatement) ? Map(node.Span) : null;
    }

    private TextSpan? Map(TextSpan span) =>
        span.End <= _unchangedBefore ? span
        : span.Start >= _unchangedFrom ? new TextSpan(span.Start - _shift, span.Length)
        : null;

    private static bool SameImports(IReadOnlyList<ImportModel> a, IReadOnlyList<ImportModel> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Source == p.Second.Source && p.First.TypeOnly == p.Second.TypeOnly && p.First.Bindings.SequenceEqual(p.Second.Bindings));

    private static DesignNode Shift(DesignNode node, int shift) => node switch
    {
        ElementNode e => Shift(e, shift),
        TextNode t => t with { Span = Moved(t.Span, shift) },
        BindingNode b => b with { Span = Moved(b.Span, shift) },
        SlotNode s => s with { Span = Moved(s.Span, shift) },
        RepeaterNode r => r with { Span = Moved(r.Span, shift), Template = Shift(r.Template, shift) },
        ConditionalNode c => c with { Span = Moved(c.Span, shift), Then = Shift(c.Then, shift), Else = Shift(c.Else, shift) },
        CodeNode c => c with { Span = Moved(c.Span, shift), Children = Shift(c.Children, shift) },
        _ => throw new InvalidOperationException($"Unknown design node {node.GetType().Name}."),
    };

    // Every element after the edit is moved, so these copy with plain loops; an empty list is kept
    // as it is (the model's lists are never changed once built).
    private static ElementNode Shift(ElementNode element, int shift)
    {
        var attributes = element.Attributes;
        var moved = new AttributeModel[attributes.Count];
        for (var i = 0; i < moved.Length; i++)
            moved[i] = attributes[i] with { Span = Moved(attributes[i].Span, shift), Elements = Shift(attributes[i].Elements, shift) };
        return element with { Span = Moved(element.Span, shift), Attributes = moved, Children = Shift(element.Children, shift) };
    }

    private static IReadOnlyList<T> Shift<T>(IReadOnlyList<T> nodes, int shift)
        where T : DesignNode
    {
        if (nodes.Count == 0)
            return nodes;
        var moved = new T[nodes.Count];
        for (var i = 0; i < moved.Length; i++)
            moved[i] = (T)Shift(nodes[i], shift);
        return moved;
    }

    private static TextSpan Moved(TextSpan span, int shift) => new(span.Start + shift, span.Length);
}
