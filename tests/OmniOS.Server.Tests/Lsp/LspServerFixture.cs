namespace OmniOS.Server.Tests.Lsp;

/// <summary>One language server on a copy of the example, shared by the tests of a class that only read (each opens its own documents).</summary>
public sealed class LspServerFixture : IAsyncLifetime
{
    private LspClient? _lsp;

    public LspClient Lsp => _lsp ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _lsp = await LspClient.StartAsync();

    public async Task DisposeAsync()
    {
        if (_lsp is not null)
            await _lsp.DisposeAsync();
    }
}
