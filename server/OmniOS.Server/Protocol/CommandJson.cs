using System.Text.Json;
using OmniOS.Design.Commands;

namespace OmniOS.Server.Protocol;

/// <summary>
/// Design commands on the wire: `{"op":"setText","at":120,"text":"…"}` and the rest (README, "Commands").
/// A malformed command gets a message that says which field is wrong.
/// </summary>
public static class CommandJson
{
    public static DesignCommand Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
            throw new FormatException("A command must be a JSON object with an \"op\" field.");
        var op = String(json, "op");
        return op switch
        {
            "setText" => new SetTextCommand(Int(json, "at"), String(json, "text")),
            "setAttribute" => new SetAttributeCommand(Int(json, "at"), String(json, "name"), AttributeValueOf(json)),
            "removeAttribute" => new RemoveAttributeCommand(Int(json, "at"), String(json, "name")),
            "addClass" => new AddClassCommand(Int(json, "at"), String(json, "class")),
            "removeClass" => new RemoveClassCommand(Int(json, "at"), String(json, "class")),
            "replaceClasses" => new ReplaceClassesCommand(Int(json, "at"), Strings(json, "remove"), Strings(json, "add")),
            "setStyle" => new SetStyleCommand(Int(json, "at"), String(json, "property"), OptionalString(json, "value")),
            "delete" => new DeleteCommand(Int(json, "at")),
            "insert" => new InsertCommand(Int(json, "parent"), Int(json, "index"), String(json, "jsx"), ImportOf(json)),
            "move" => new MoveCommand(Int(json, "at"), Int(json, "parent"), Int(json, "index")),
            "wrap" => new WrapCommand(Int(json, "at"), String(json, "tag")),
            "duplicate" => new DuplicateCommand(Int(json, "at")),
            "extractComponent" => new ExtractComponentCommand(Int(json, "at"), String(json, "name")),
            _ => throw new FormatException($"Unknown op \"{op}\"; expected one of setText, setAttribute, removeAttribute, addClass, removeClass, replaceClasses, setStyle, delete, insert, move, wrap, duplicate, extractComponent."),
        };
    }

    /// <summary>A string value is written as a string; a number or boolean as code in braces.</summary>
    private static AttributeValue AttributeValueOf(JsonElement json)
    {
        if (!json.TryGetProperty("value", out var value))
            throw new FormatException("setAttribute needs \"value\".");
        return value.ValueKind switch
        {
            JsonValueKind.String => AttributeValue.String(value.GetString()!),
            JsonValueKind.Number => AttributeValue.Code(value.GetRawText()),
            JsonValueKind.True => AttributeValue.Code("true"),
            JsonValueKind.False => AttributeValue.Code("false"),
            _ => throw new FormatException("\"value\" must be a string, a number or a boolean."),
        };
    }

    /// <summary>An insert's optional `"import": {"name": "Hero", "from": "./Hero", "default": true}`.</summary>
    private static ComponentImport? ImportOf(JsonElement json)
    {
        if (!json.TryGetProperty("import", out var import) || import.ValueKind == JsonValueKind.Null)
            return null;
        if (import.ValueKind != JsonValueKind.Object)
            throw new FormatException("\"import\" must be an object {name, from, default}.");
        return new ComponentImport(String(import, "name"), String(import, "from"), import.TryGetProperty("default", out var isDefault) && isDefault.ValueKind == JsonValueKind.True);
    }

    private static string String(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"\"{name}\" must be a string.");

    /// <summary>An array of strings; a missing one is empty.</summary>
    private static List<string> Strings(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            throw new FormatException($"\"{name}\" must be an array of strings.");
        return value.EnumerateArray().Select(item => item.GetString()!).ToList();
    }

    private static string? OptionalString(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : throw new FormatException($"\"{name}\" must be a string, a number or null.");

    private static int Int(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new FormatException($"\"{name}\" must be an integer offset.");
}
