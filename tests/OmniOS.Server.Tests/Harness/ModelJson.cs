using System.Text.Json;

namespace OmniOS.Server.Tests.Harness;

/// <summary>Reading the design model JSON (as `omnios design` prints it): every element node, wherever it sits.</summary>
public static class ModelJson
{
    public static IEnumerable<JsonElement> Elements(JsonElement model) =>
        model.GetProperty("components").EnumerateArray().SelectMany(c => Nodes(c.GetProperty("roots")));

    public static JsonElement Element(JsonElement model, string id) =>
        Elements(model).Where(e => e.GetProperty("id").GetString() == id).DefaultIfEmpty().First() is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new InvalidOperationException($"No element {id} in the model; it has {string.Join(", ", Elements(model).Select(e => e.GetProperty("id").GetString()))}.");

    private static IEnumerable<JsonElement> Nodes(JsonElement nodes)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            if (node.GetProperty("type").GetString() == "element")
            {
                yield return node;
                foreach (var attribute in node.GetProperty("attributes").EnumerateArray())
                {
                    foreach (var nested in Nodes(attribute.GetProperty("elements")))
                        yield return nested;
                }
            }
            foreach (var name in new[] { "children", "template", "then", "else" })
            {
                if (node.TryGetProperty(name, out var children) && children.ValueKind == JsonValueKind.Array)
                {
                    foreach (var child in Nodes(children))
                        yield return child;
                }
            }
        }
    }
}
