using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Design.Documents;
using OmniOS.Design.Source;
using OmniOS.Server.Engine;

namespace OmniOS.Server.Lsp;

/// <summary>
/// textDocument/hover on a class in a class string: its CSS (a markdown code block, theme variables resolved, inside
/// its variants' rules), what a marker class does, where the project's CSS defines it, or why it does nothing.
/// </summary>
internal static class ClassHoverHandler
{
    public static JsonNode? Hover(DesignDocument document, JsonElement parameters, ProjectStyles styles)
    {
        var tree = document.Tree;
        var text = LspText.Of(tree.Text);
        var offset = text.OffsetOf(parameters.GetProperty("position"));
        if (ClassStrings.At(tree.Root, offset)?.ClassAt(offset) is not { } token || ClassExplanation.Hover(token.Name, styles) is not { } markdown)
            return null;
        return new JsonObject
        {
            ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = markdown },
            ["range"] = text.Range(token.Span),
        };
    }
}
