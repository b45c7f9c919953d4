namespace OmniOS.Server.Cli;

/// <summary>The `omnios` command: one verb per subcommand, each a small class.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: omnios <command> [arguments]

        commands:
          parse FILE                 print the JSX outline and syntax errors of FILE as JSON
          parse --bench FILE...      time full parses of the files (@LIST reads paths from LIST)
          design FILE                print the design model of FILE as JSON
          apply FILE COMMANDS.json   apply design commands in order; print the resulting source
          styles css CLASS... [--css FILE]
                                     print each class's CSS declarations as JSON (null: unknown)
          styles class PROPERTY VALUE [--variant V] [--css FILE]
                                     print the class that sets PROPERTY to VALUE
          styles sheet CLASS... [--css FILE]
                                     print the stylesheet for the classes (unknown ones on stderr)
          serve DIR [--port N] [--open]
                                     run the canvas server on a folder (edits are written to its files)
          lsp [--stdio]              run the language server on stdin/stdout
        """;

    /// <summary>Where commands that print bytes (not text) write; tests set it, the process uses stdout.</summary>
    public static Stream? StandardOutput { get; set; }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 64 : 0;
        }
        var rest = args[1..];
        switch (args[0])
        {
            case "parse":
                return ParseVerb.Run(rest, output, error);
            case "design":
                return DesignVerb.Run(rest, output, error);
            case "lsp":
                return LspVerb.Run(rest, error);
            case "serve":
                return ServeVerb.Run(rest, output, error);
            case "styles":
                return StylesVerb.Run(rest, output, error);
            case "apply":
                output.Flush();
                return ApplyVerb.Run(rest, StandardOutput ?? Console.OpenStandardOutput(), error);
            default:
                error.WriteLine($"omnios: unknown command '{args[0]}'.");
                error.WriteLine(Usage);
                return 64;
        }
    }

    /// <summary>Expands "@LIST" arguments into the paths listed in LIST, one per line.</summary>
    public static List<string> ExpandFileArguments(IEnumerable<string> args)
    {
        var files = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith('@'))
                files.AddRange(File.ReadAllLines(arg[1..]).Where(line => line.Length > 0));
            else
                files.Add(arg);
        }
        return files;
    }
}
