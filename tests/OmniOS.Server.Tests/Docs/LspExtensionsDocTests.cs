using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OmniOS.Server.Tests.Harness;

namespace OmniOS.Server.Tests.Docs;

/// <summary>
/// docs/lsp-extensions.md describes the `omnios/*` methods and the canvas protocol. It is pinned to
/// the two files that implement them (rust-analyzer's habit): change either and this fails until
/// the document has been checked and its hash updated.
/// </summary>
public sealed partial class LspExtensionsDocTests
{
    private static readonly string[] Sources = ["server/OmniOS.Server/Lsp/LanguageServer.cs", "server/OmniOS.Server/Canvas/CanvasSession.cs"];

    private static string Document => File.ReadAllText(Path.Combine(ExampleWorkspace.RepositoryRoot, "docs", "lsp-extensions.md"));

    [Fact]
    public void The_documents_source_hash_matches_the_language_server_and_canvas_session_sources()
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(Sources.SelectMany(s => File.ReadAllBytes(Path.Combine(ExampleWorkspace.RepositoryRoot, s))).ToArray()));

        var recorded = SourceHash().Match(Document);

        Assert.True(recorded.Success, "docs/lsp-extensions.md has no line '<!-- source hash: HEX -->'.");
        Assert.True(recorded.Groups[1].Value == actual,
            $"""
            {string.Join(" or ", Sources)} changed since docs/lsp-extensions.md was last checked against them.
            Update the document if the protocol changed (methods, params, results, errors, access rules),
            then set its source hash line to:

                <!-- source hash: {actual} -->

            (the SHA-256 of the two files concatenated: cat {string.Join(' ', Sources)} | sha256sum)
            """);
    }

    [Fact]
    public void Every_custom_method_and_notification_the_sources_register_or_send_is_documented()
    {
        var document = Document;
        var methods = Sources
            .SelectMany(s => MethodName().Matches(File.ReadAllText(Path.Combine(ExampleWorkspace.RepositoryRoot, s))).Select(m => (Source: s, Name: m.Groups[1].Value)))
            .Where(m => m.Source.EndsWith("CanvasSession.cs", StringComparison.Ordinal) || m.Name.StartsWith("omnios/", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(methods, m => m.Name == "omnios/applyCommand");
        Assert.Contains(methods, m => m.Name == "documentChanged");
        var missing = methods.Where(m => !document.Contains($"`{m.Name}`", StringComparison.Ordinal)).Select(m => $"{m.Name} ({m.Source})").Distinct().ToList();
        Assert.True(missing.Count == 0, $"docs/lsp-extensions.md does not mention {string.Join(", ", missing)}; document each method (direction, params, result, an example).");
    }

    [GeneratedRegex(@"^<!-- source hash: ([0-9a-f]{64}) -->$", RegexOptions.Multiline)]
    private static partial Regex SourceHash();

    [GeneratedRegex(@"(?:OnRequest|OnNotification|NotifyAsync|RequestAsync)\(\s*""([^""]+)""")]
    private static partial Regex MethodName();
}
