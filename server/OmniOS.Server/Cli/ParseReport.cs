using System.Text;
using System.Text.Json;
using OmniOS.Syntax;

namespace OmniOS.Server.Cli;

/// <summary>The JSON that `omnios parse` prints: ok, errors and the JSX outline.</summary>
public static class ParseReport
{
    public static string ToJson(SyntaxTree tree, bool isValidUtf8 = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var errors = tree.Diagnostics;
            writer.WriteStartObject();
            writer.WriteBoolean("ok", errors.Count == 0 && isValidUtf8);
            writer.WriteStartArray("errors");
            if (!isValidUtf8)
                WriteError(writer, "The file is not valid UTF-8; invalid bytes were read as U+FFFD.", 0, 0, 1, 0);
            foreach (var d in errors)
                WriteError(writer, d.Message, d.Span.Start, d.Span.End, d.Line, d.Column);
            writer.WriteEndArray();
            writer.WriteStartArray("elements");
            foreach (var element in JsxOutline.Build(tree))
                WriteElement(writer, element);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteError(Utf8JsonWriter writer, string message, int start, int end, int line, int column)
    {
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
        writer.WriteNumber("line", line);
        writer.WriteNumber("column", column);
        writer.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter writer, JsxOutlineElement element)
    {
        // Iterative: JSX nesting can be as deep as the parser allows.
        var stack = new Stack<(JsxOutlineElement Element, int NextChild)>();
        stack.Push((element, -1));
        while (stack.Count > 0)
        {
            var (current, next) = stack.Pop();
            if (next == -1)
            {
                writer.WriteStartObject();
                writer.WriteString("name", current.Name);
                writer.WriteNumber("start", current.Start);
                writer.WriteNumber("end", current.End);
                writer.WriteStartArray("attributes");
                foreach (var attribute in current.Attributes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", attribute.Name);
                    writer.WriteNumber("start", attribute.Start);
                    writer.WriteNumber("end", attribute.End);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteStartArray("children");
                next = 0;
            }
            if (next < current.Children.Count)
            {
                stack.Push((current, next + 1));
                stack.Push((current.Children[next], -1));
                continue;
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
