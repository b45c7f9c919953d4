using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmniOS.Server.Tests.Harness;

/// <summary>
/// A minimal canvas-side JSON-RPC client over a WebSocket (one message per text frame). Answers are
/// matched to requests by id; notifications are logged. When the connection drops, every request
/// still waiting fails with <see cref="IOException"/>.
/// </summary>
public sealed class RpcSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _answers = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private long _nextId;
    private volatile bool _closed;

    public MessageLog Notifications { get; } = new();

    public static async Task<RpcSocket> ConnectAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        var client = new RpcSocket();
        await client._socket.ConnectAsync(uri, cancellationToken);
        client._reader = client.ReadLoopAsync();
        return client;
    }

    /// <summary>Sends a request; completes with the whole answer message (result or error).</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[id] = answer;
        if (_closed)
            answer.TrySetException(new IOException("The connection is closed."));
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            answer.TrySetException(new IOException("The connection dropped while sending.", e));
        }
        return await answer.Task;
    }

    /// <summary>The result of a request; an error answer fails.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonNode? parameters)
    {
        var answer = await RequestAsync(method, parameters);
        return answer.TryGetProperty("result", out var result) ? result : throw new InvalidOperationException($"{method} failed: {answer}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                var json = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                message.SetLength(0);
                if (json.TryGetProperty("method", out _))
                    Notifications.Add(json);
                else if (json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && _answers.TryRemove(id.GetInt64(), out var answer))
                    answer.TrySetResult(json);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            _closed = true;
            foreach (var answer in _answers.Values)
                answer.TrySetException(new IOException("The connection closed before the answer came."));
        }
    }
}
