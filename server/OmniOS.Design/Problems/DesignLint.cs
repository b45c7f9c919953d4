using OmniOS.Design.Model;

namespace OmniOS.Design.Problems;

/// <summary>
/// Problems visible in the design itself, reported as warnings beside syntax errors: an image
/// without alternative text, a repeater whose items share a literal key, a class written twice.
/// </summary>
public static class DesignLint
{
    public static List<DesignProblem> Check(DesignModel model)
    {
        var problems = new List<DesignProblem>();
        foreach (var element in model.Elements())
        {
            if (element.Name is "img" && element.Attribute("alt") is null && !element.Attributes.Any(a => a.Kind == AttributeValueKind.Spread))
                problems.Add(new DesignProblem("OMN3001", "<img> has no alt text; screen readers cannot describe it (use alt=\"\" for a decorative image).", element.Span));
            if (element.ClassName is { } classes)
            {
                foreach (var duplicate in classes.Static.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
                    problems.Add(new DesignProblem("OMN3002", $"The class '{duplicate}' appears more than once in className.", ClassSpan(element)));
            }
        }
        foreach (var repeater in model.Components.SelectMany(c => c.Roots).SelectMany(Repeaters))
        {
            var keyed = repeater.Template.OfType<ElementNode>().Select(e => e.Attribute("key")).Where(k => k is not null).ToList();
            foreach (var key in keyed)
            {
                if (key!.Kind is AttributeValueKind.String or AttributeValueKind.Number or AttributeValueKind.Boolean)
                    problems.Add(new DesignProblem("OMN3003", $"Every item of {repeater.Source} gets the same key ({key.Code ?? key.Value}); keys must differ between items.", key.Span));
            }
            var elements = repeater.Template.OfType<ElementNode>().ToList();
            if (elements.Count > 0 && keyed.Count == 0 && elements.All(e => e.Kind != ElementKind.Fragment || e.Attribute("key") is null))
                problems.Add(new DesignProblem("OMN3004", $"The items rendered from {repeater.Source} have no key prop; React needs one to keep them apart.", elements[0].Span));
        }
        return problems;
    }

    private static Syntax.TextSpan ClassSpan(ElementNode element) =>
        element.Attribute("className")?.Span ?? element.Attribute("class")?.Span ?? element.Span;

    private static IEnumerable<RepeaterNode> Repeaters(DesignNode node)
    {
        var stack = new Stack<DesignNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is RepeaterNode repeater)
                yield return repeater;
            foreach (var child in current.ChildNodes)
                stack.Push(child);
            if (current is ElementNode element)
            {
                foreach (var attributeElement in element.Attributes.SelectMany(a => a.Elements))
                    stack.Push(attributeElement);
            }
        }
    }
}
