using System.Text.Json;
using OmniOS.Design.Commands;
using OmniOS.Server.Protocol;
using OmniOS.Syntax;

namespace OmniOS.Server.Cli;

/// <summary>
/// `omnios apply FILE COMMANDS.json`: applies a JSON array of commands in order and prints the
/// resulting source, byte-exact. A refused command stops it with exit code 1 and a message.
/// </summary>
public static class ApplyVerb
{
    public static int Run(string[] args, Stream output, TextWriter error)
    {
        if (args.Length != 2)
        {
            error.WriteLine("usage: omnios apply FILE COMMANDS.json");
            return 64;
        }
        if (!SourceFileReader.TryRead(args[0], error, out var text, out var isValidUtf8))
            return 2;
        if (!isValidUtf8)
        {
            error.WriteLine($"omnios: {args[0]} is not valid UTF-8; it is not edited, so no byte of it is lost.");
            return 1;
        }
        List<DesignCommand> commands;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(args[1]));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new FormatException("the file must hold a JSON array of commands.");
            commands = document.RootElement.EnumerateArray().Select((c, i) => Parse(c, i)).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            error.WriteLine($"omnios: cannot read commands from {args[1]}: {e.Message}");
            return 2;
        }

        var tree = SyntaxTree.Parse(text, args[0]);
        for (var i = 0; i < commands.Count; i++)
        {
            switch (CommandEngine.Execute(tree, commands[i]))
            {
                case CommandApplied applied:
                    tree = applied.Tree;
                    break;
                case CommandRefused refused:
                    error.WriteLine($"omnios: command {i + 1} ({commands[i].Op}) refused: {refused.Message}");
                    return 1;
            }
        }
        var bytes = SourceFile.Encode(tree.Text);
        output.Write(bytes);
        output.Flush();
        return 0;
    }

    private static DesignCommand Parse(JsonElement json, int index)
    {
        try
        {
            return CommandJson.Parse(json);
        }
        catch (FormatException e)
        {
            throw new FormatException($"command {index + 1}: {e.Message}");
        }
    }
}
