using OmniOS.Design.Model;

namespace OmniOS.Design.Deltas;

/// <summary>
/// The element-level changes from one model of a file to the next. Children of matching parents
/// are paired by a longest common subsequence, first of unchanged subtrees and then of tag names;
/// what remains is added or removed, except that a removed subtree that reappears unchanged
/// elsewhere is a move.
/// </summary>
public static class ModelDiff
{
    public static List<ElementDelta> Compute(DesignModel before, DesignModel after)
    {
        var diff = new Differ();
        // Components pair by name, in order where a file declares a name twice.
        var oldComponents = before.Components.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<ComponentModel>(g), StringComparer.Ordinal);
        foreach (var component in after.Components)
        {
            var old = oldComponents.TryGetValue(component.Name, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            // Element trees carried over from one reading of unchanged text differ only in positions.
            if (old is not null && ReferenceEquals(old.Reading, component.Reading))
                continue;
            diff.MatchChildren(old is null ? [] : RootElements(old), RootElements(component), null, component.Name);
        }
        foreach (var removed in oldComponents.Values.SelectMany(q => q))
            diff.MatchChildren(RootElements(removed), [], null, removed.Name);
        return diff.Finish();
    }

    private static List<ElementNode> RootElements(ComponentModel component) => component.Roots.OfType<ElementNode>().ToList();

    /// <summary>The element children of an element in id order: those in attribute values first, then those in its content.</summary>
    internal static List<ElementNode> ElementChildren(ElementNode element)
    {
        var children = new List<ElementNode>();
        foreach (var attribute in element.Attributes)
            children.AddRange(attribute.Elements);
        foreach (var child in element.Children)
            CollectElements(child, children);
        return children;
    }

    private static void CollectElements(DesignNode node, List<ElementNode> output)
    {
        if (node is ElementNode element)
        {
            output.Add(element);
            return;
        }
        foreach (var child in node.ChildNodes)
            CollectElements(child, output);
    }

    private sealed class Differ
    {
        private readonly List<ElementDelta> _deltas = [];
        private readonly List<(ElementNode Element, string? ParentId, int Index, string Component)> _added = [];
        private readonly List<ElementNode> _removed = [];
        private readonly Dictionary<ElementNode, int> _deepHashes = new(ReferenceEqualityComparer.Instance);

        public void MatchChildren(List<ElementNode> before, List<ElementNode> after, string? parentId, string component)
        {
            var pairs = Lcs(before, after, (a, b) => DeepHash(a) == DeepHash(b) && DeepEqual(a, b));
            var matchedBefore = new HashSet<int>(pairs.Select(p => p.Before));
            var matchedAfter = new HashSet<int>(pairs.Select(p => p.After));
            // Among what is left, pair elements of the same tag in order: those changed in place.
            var restBefore = Enumerable.Range(0, before.Count).Where(i => !matchedBefore.Contains(i)).ToList();
            var restAfter = Enumerable.Range(0, after.Count).Where(i => !matchedAfter.Contains(i)).ToList();
            var byName = Lcs(restBefore.Select(i => before[i]).ToList(), restAfter.Select(i => after[i]).ToList(), (a, b) => a.Name == b.Name && a.Kind == b.Kind)
                .Select(p => (restBefore[p.Before], restAfter[p.After])).ToList();

            foreach (var (b, a) in pairs)
                MapUnchanged(before[b], after[a], parentId, a);
            foreach (var (b, a) in byName)
            {
                matchedBefore.Add(b);
                matchedAfter.Add(a);
                Match(before[b], after[a], parentId, a, component);
            }
            for (var i = 0; i < before.Count; i++)
            {
                if (!matchedBefore.Contains(i))
                    _removed.Add(before[i]);
            }
            for (var i = 0; i < after.Count; i++)
            {
                if (!matchedAfter.Contains(i))
                    _added.Add((after[i], parentId, i, component));
            }
        }

        public List<ElementDelta> Finish()
        {
            // A subtree removed in one place and added unchanged in another moved.
            foreach (var added in _added)
            {
                var index = _removed.FindIndex(r => DeepHash(r) == DeepHash(added.Element) && DeepEqual(r, added.Element));
                if (index >= 0)
                {
                    MapUnchanged(_removed[index], added.Element, added.ParentId, added.Index);
                    _removed.RemoveAt(index);
                }
                else
                {
                    _deltas.Add(new ElementAdded(added.Element, added.ParentId, added.Index, added.Component));
                }
            }
            _deltas.InsertRange(0, _removed.Select(r => (ElementDelta)new ElementRemoved(r.Id)));
            return _deltas;
        }

        private void Match(ElementNode before, ElementNode after, string? parentId, int index, string component)
        {
            if (before.Id != after.Id)
                _deltas.Add(new ElementMoved(before.Id, after.Id, parentId, index));
            var changes = ShallowChanges(before, after);
            if (changes.Count > 0)
                _deltas.Add(new ElementUpdated(after.Id, changes, before, after));
            MatchChildren(ElementChildren(before), ElementChildren(after), after.Id, component);
        }

        /// <summary>An unchanged subtree: only ids can differ.</summary>
        private void MapUnchanged(ElementNode before, ElementNode after, string? parentId, int index)
        {
            if (before.Id == after.Id)
                return;
            _deltas.Add(new ElementMoved(before.Id, after.Id, parentId, index));
            var oldChildren = ElementChildren(before);
            var newChildren = ElementChildren(after);
            for (var i = 0; i < oldChildren.Count && i < newChildren.Count; i++)
                MapUnchanged(oldChildren[i], newChildren[i], after.Id, i);
        }

        private int DeepHash(ElementNode element)
        {
            if (_deepHashes.TryGetValue(element, out var hash))
                return hash;
            var combined = new HashCode();
            combined.Add(ShallowHash(element));
            foreach (var child in ElementChildren(element))
                combined.Add(DeepHash(child));
            hash = combined.ToHashCode();
            _deepHashes[element] = hash;
            return hash;
        }

        private bool DeepEqual(ElementNode a, ElementNode b)
        {
            if (ShallowChanges(a, b).Count > 0)
                return false;
            var childrenA = ElementChildren(a);
            var childrenB = ElementChildren(b);
            return childrenA.Count == childrenB.Count && childrenA.Zip(childrenB).All(p => DeepEqual(p.First, p.Second));
        }
    }

    private static int ShallowHash(ElementNode element)
    {
        var hash = new HashCode();
        hash.Add(element.Name);
        for (var i = 0; i < element.Attributes.Count; i++)
        {
            var attribute = element.Attributes[i];
            hash.Add(attribute.Name);
            hash.Add(attribute.Code);
            hash.Add(attribute.Value);
        }
        hash.Add(ContentSignature(element));
        return hash.ToHashCode();
    }

    /// <summary>What changed in the element itself (not in its element children).</summary>
    public static List<string> ShallowChanges(ElementNode before, ElementNode after)
    {
        var changes = new List<string>();
        if (before.Name != after.Name || before.Kind != after.Kind)
            changes.Add("name");
        if (!SameAttributes(before.Attributes, after.Attributes))
            changes.Add("attributes");
        if (!SameClasses(before.ClassName, after.ClassName))
            changes.Add("className");
        if (!SameStyle(before.Style, after.Style))
            changes.Add("style");
        if (ContentSignature(before) != ContentSignature(after))
            changes.Add("content");
        return changes;
    }

    // Loops rather than LINQ here and below: the deltas compare every element of a changed component, most of them more than once.
    private static bool SameAttributes(IReadOnlyList<AttributeModel> a, IReadOnlyList<AttributeModel> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Name != b[i].Name || a[i].Code != b[i].Code || a[i].Value != b[i].Value)
                return false;
        }
        return true;
    }

    private static bool SameClasses(ClassNameModel? a, ClassNameModel? b) =>
        (a is null && b is null) || (a is not null && b is not null && a.Form == b.Form && a.Static.SequenceEqual(b.Static) && a.Dynamic.SequenceEqual(b.Dynamic));

    private static bool SameStyle(StyleModel? a, StyleModel? b) =>
        (a is null && b is null) || (a is not null && b is not null && a.IsObjectLiteral == b.IsObjectLiteral && a.Properties.SequenceEqual(b.Properties));

    /// <summary>
    /// The element's own content: its text and expression children, and where element children
    /// stand among them — one placeholder for each run of them, so adding or removing an element
    /// child next to another (reported as added or removed) is no change of the content itself.
    /// </summary>
    private static string ContentSignature(ElementNode element)
    {
        var children = element.Children;
        var parts = new List<string>(children.Count);
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is not ElementNode || i == 0 || children[i - 1] is not ElementNode)
                parts.Add(Signature(children[i]));
        }
        return string.Join('\u0001', parts);
    }

    private static string Signature(DesignNode node) => node switch
    {
        ElementNode => "<>",
        TextNode t => "t:" + t.Text,
        BindingNode b => "b:" + b.Code,
        SlotNode s => "s:" + s.Code,
        RepeaterNode r => $"r:{r.Source}|{r.Item}|{r.Index}|{r.Key}|{(r.Items is null ? "" : string.Join(',', r.Items.Select(LiteralReader.Format)))}|" + string.Join('\u0002', r.Template.Select(Signature)),
        ConditionalNode c => $"c:{c.Operator}|{c.Condition}|" + string.Join('\u0002', c.Then.Select(Signature)) + "|" + string.Join('\u0002', c.Else.Select(Signature)),
        CodeNode c => "x:" + c.Code + "|" + string.Join('\u0002', c.Children.Select(Signature)),
        _ => node.GetType().Name,
    };

    /// <summary>A longest common subsequence of two lists under <paramref name="equal"/>, as index pairs.</summary>
    private static List<(int Before, int After)> Lcs(List<ElementNode> before, List<ElementNode> after, Func<ElementNode, ElementNode, bool> equal)
    {
        // Common prefix and suffix first: the usual edit touches one place.
        var start = 0;
        while (start < before.Count && start < after.Count && equal(before[start], after[start]))
            start++;
        var endBefore = before.Count;
        var endAfter = after.Count;
        while (endBefore > start && endAfter > start && equal(before[endBefore - 1], after[endAfter - 1]))
        {
            endBefore--;
            endAfter--;
        }
        var pairs = new List<(int, int)>();
        for (var i = 0; i < start; i++)
            pairs.Add((i, i));
        var n = endBefore - start;
        var m = endAfter - start;
        if (n > 0 && m > 0)
        {
            var table = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                    table[i, j] = equal(before[start + i], after[start + j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
            for (int i = 0, j = 0; i < n && j < m;)
            {
                if (equal(before[start + i], after[start + j]))
                {
                    pairs.Add((start + i, start + j));
                    i++;
                    j++;
                }
                else if (table[i + 1, j] >= table[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }
        for (var k = 0; k < before.Count - endBefore; k++)
            pairs.Add((endBefore + k, endAfter + k));
        return pairs;
    }
}
