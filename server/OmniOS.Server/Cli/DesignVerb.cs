using System.Text.Json;
using OmniOS.Design;
using OmniOS.Server.Protocol;
using OmniOS.Server.Workspace;
using OmniOS.Syntax;

namespace OmniOS.Server.Cli;

/// <summary>`omnios design FILE`: the design model of a file as JSON.</summary>
public static class DesignVerb
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 1)
        {
            error.WriteLine("usage: omnios design FILE");
            return 64;
        }
        if (!SourceFileReader.TryRead(args[0], error, out var text))
            return 2;
        var workspace = WorkspaceFiles.ForFile(args[0]);
        var path = workspace.ToRelativePath(args[0]);
        var tree = SyntaxTree.Parse(text, path);
        var model = DesignModelBuilder.Build(tree, path, workspace.Resolver);
        output.WriteLine(DesignModelJson.ToJson(model, tree.Diagnostics).ToJsonString(JsonOptions.Indented));
        return 0;
    }
}
