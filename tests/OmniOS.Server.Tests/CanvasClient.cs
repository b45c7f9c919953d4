using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmniOS.Server.Tests;

/// <summary>A canvas as the server sees it: raw JSON-RPC text frames over a WebSocket, with requests, answers and notifications.</summary>
public sealed class CanvasClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _answers = new();
    private readonly BlockingCollection<JsonElement> _notifications = [];
    private readonly ConcurrentQueue<JsonElement> _unmatchedErrors = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;
    private long _nextId;

    public static async Task<CanvasClient> ConnectAsync(Uri uri, string? origin = null)
    {
        var client = new CanvasClient();
        if (origin is not null)
            client._socket.Options.SetRequestHeader("Origin", origin);
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        client._reader = client.ReadLoopAsync();
        return client;
    }

    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[id] = answer;
        await SendRawAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString());
        return await answer.Task.WaitAsync(Timeout);
    }

    /// <summary>The result of a request, failing the test when the answer is an error.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonNode? parameters)
    {
        var answer = await RequestAsync(method, parameters);
        if (answer.TryGetProperty("error", out var error))
            throw new Xunit.Sdk.XunitException($"{method} failed: {error}");
        return answer.GetProperty("result");
    }

    public Task SendRawAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next error answer that matches no request of ours (one to a malformed message has id null).</summary>
    public async Task<JsonElement> NextUnmatchedErrorAsync()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_unmatchedErrors.TryDequeue(out var error))
                return error;
            await Task.Delay(10);
        }
        throw new TimeoutException("No error answer arrived.");
    }

    /// <summary>Waits for a notification of <paramref name="method"/> whose params satisfy <paramref name="predicate"/>.</summary>
    public JsonElement WaitForNotification(string method, Func<JsonElement, bool>? predicate = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var notification = _notifications.Take(timeout.Token);
                if (notification.GetProperty("method").GetString() == method && (predicate is null || predicate(notification.GetProperty("params"))))
                    return notification.GetProperty("params");
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No '{method}' notification arrived within {Timeout.TotalSeconds} s.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        if (_reader is not null)
            await _reader.ContinueWith(_ => { });
        _socket.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, _stop.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return;
            }
            if (result.MessageType == WebSocketMessageType.Close)
                return;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
                continue;
            var json = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            message.SetLength(0);
            if (json.TryGetProperty("method", out _))
                _notifications.Add(json);
            else if (json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && _answers.TryRemove(id.GetInt64(), out var answer))
                answer.TrySetResult(json);
            else
                _unmatchedErrors.Enqueue(json);
        }
    }
}
