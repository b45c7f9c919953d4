using OmniOS.Server.JsonRpc;
using OmniOS.Server.Lsp;

namespace OmniOS.Server.Cli;

/// <summary>`omnios lsp [--stdio]`: the language server on stdin/stdout (vscode-languageclient appends --stdio). Logs go to stderr.</summary>
public static class LspVerb
{
    public static int Run(string[] args, TextWriter error)
    {
        if (args.Any(a => a != "--stdio"))
        {
            error.WriteLine("usage: omnios lsp [--stdio]");
            return 64;
        }
        var transport = new HeaderDelimitedTransport(Console.OpenStandardInput(), Console.OpenStandardOutput());
        var server = new LanguageServer(transport, error);
        return server.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
