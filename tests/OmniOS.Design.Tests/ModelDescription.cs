using System.Text;
using OmniOS.Design.Model;

namespace OmniOS.Design.Tests;

/// <summary>
/// Everything a design model says, as text: two models are the same exactly when their
/// descriptions are (records compare their lists by reference, so they cannot be compared directly).
/// </summary>
public static class ModelDescription
{
    public static string Of(DesignModel model)
    {
        var text = new StringBuilder();
        text.Append("model ").Append(model.Path).Append('\n');
        foreach (var import in model.Imports)
            text.Append("import ").Append(import.Source).Append(import.TypeOnly ? " type " : " ").AppendJoin(',', import.Bindings.Select(b => $"{b.Local}={b.Imported}")).Append('\n');
        foreach (var component in model.Components)
        {
            text.Append($"component {component.Name} {component.Kind} {component.Export} {component.Span} props:{component.PropsType} ")
                .AppendJoin(',', component.Props.Select(p => $"{p.Name}:{p.Type}:{p.Optional}:{p.Default}")).Append('\n');
            foreach (var root in component.Roots)
                Describe(root, 1, text);
        }
        return text.ToString();
    }

    public static string Of(DesignNode node)
    {
        var text = new StringBuilder();
        Describe(node, 0, text);
        return text.ToString();
    }

    private static void Describe(DesignNode node, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2);
        switch (node)
        {
            case ElementNode e:
                text.Append($"<{e.Name}> {e.Id} {e.Kind} {e.Span} self-closing:{e.SelfClosing} ref:{e.Component}");
                text.Append($" class:{e.ClassName?.Form}[{string.Join(' ', e.ClassName?.Static ?? [])}|{string.Join('|', e.ClassName?.Dynamic ?? [])}]");
                text.Append($" style:{e.Style?.IsObjectLiteral}[{string.Join(';', e.Style?.Properties.Select(p => $"{p.Name}={p.Value}/{p.Code}") ?? [])}]\n");
                foreach (var attribute in e.Attributes)
                {
                    text.Append(' ', depth * 2 + 2).Append($"@{attribute.Name} {attribute.Kind} value:{attribute.Value} code:{attribute.Code} {attribute.Span}\n");
                    foreach (var element in attribute.Elements)
                        Describe(element, depth + 2, text);
                }
                break;
            case TextNode t:
                text.Append($"text \"{t.Text}\" {t.Span}\n");
                break;
            case BindingNode b:
                text.Append($"binding {b.Path} {b.Code} {b.Span}\n");
                break;
            case SlotNode s:
                text.Append($"slot {s.Name} {s.Code} {s.Span}\n");
                break;
            case RepeaterNode r:
                text.Append($"repeater {r.Source} item:{r.Item} index:{r.Index} key:{r.Key} {r.Span} {r.Code}\n");
                break;
            case ConditionalNode c:
                text.Append($"conditional {c.Operator} {c.Condition} then:{c.Then.Count} else:{c.Else.Count} {c.Span} {c.Code}\n");
                break;
            case CodeNode c:
                text.Append($"code {c.Span} {c.Code}\n");
                break;
        }
        foreach (var child in node.ChildNodes)
            Describe(child, depth + 1, text);
    }
}
