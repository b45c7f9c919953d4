using OmniOS.Server.Cli;

namespace OmniOS.Server.Tests.Harness;

/// <summary>The `omnios` command line run in-process, in a temp folder for its input files (deleted on dispose).</summary>
public sealed class CommandLineRun : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("omnios-cli-").FullName;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>Writes a file into the temp folder and gives its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
