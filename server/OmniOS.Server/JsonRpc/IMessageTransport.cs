namespace OmniOS.Server.JsonRpc;

/// <summary>Carries whole JSON-RPC messages, one at a time each way.</summary>
public interface IMessageTransport
{
    /// <summary>The next message's text, or null when the other side has closed the connection.</summary>
    ValueTask<string?> ReadAsync(CancellationToken cancellationToken);

    ValueTask WriteAsync(string message, CancellationToken cancellationToken);
}
