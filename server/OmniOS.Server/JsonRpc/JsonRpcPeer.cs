using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Server.Protocol;

namespace OmniOS.Server.JsonRpc;

/// <summary>Handles a request: its params (an empty object when absent) to its result.</summary>
public delegate Task<JsonNode?> RequestHandler(JsonElement parameters, CancellationToken cancellationToken);

/// <summary>Handles a notification.</summary>
public delegate Task NotificationHandler(JsonElement parameters);

/// <summary>
/// A JSON-RPC 2.0 endpoint over any transport, both ways: it answers requests and notifications by
/// method name and sends its own. Handlers that change state run one at a time in arrival order;
/// queries run concurrently, each once the state changes that arrived before it have run. Every bad
/// message fails alone — malformed JSON gets -32700, an unknown method -32601, a failing handler an
/// error answer — and the connection keeps serving.
/// (StreamJsonRpc closes the connection on a message it cannot parse, which the canvas protocol forbids.)
/// </summary>
public sealed class JsonRpcPeer(IMessageTransport transport)
{
    private static readonly JsonElement EmptyParams = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly Dictionary<string, (RequestHandler Handler, bool Mutates)> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotificationHandler> _notifications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly object _queueLock = new();
    private Task _mutations = Task.CompletedTask;
    private long _nextId;

    /// <summary>Where errors that have no one to answer (a failing notification handler) are reported.</summary>
    public Action<string>? Log { get; set; }

    public void OnRequest(string method, RequestHandler handler, bool mutates) => _requests[method] = (handler, mutates);

    /// <summary>Notifications always run in order with the mutating requests (they are mostly state changes: didOpen, didChange).</summary>
    public void OnNotification(string method, NotificationHandler handler) => _notifications[method] = handler;

    /// <summary>Reads and dispatches messages until the other side closes the connection or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var message = await transport.ReadAsync(cancellationToken);
                if (message is null)
                    break;
                await DispatchAsync(message, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var pending in _pending.Values)
                pending.TrySetException(new IOException("The connection closed before the answer came."));
            await WhenIdleAsync();
        }
    }

    /// <summary>Completes when every queued state-changing handler has run.</summary>
    public Task WhenIdleAsync()
    {
        lock (_queueLock)
            return _mutations.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public Task NotifyAsync(string method, JsonNode? parameters, CancellationToken cancellationToken = default) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }, cancellationToken);

    /// <summary>Sends a request to the other side and waits for its answer (an error answer throws <see cref="JsonRpcException"/>).</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        try
        {
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }, cancellationToken);
            using var registration = cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
            return await completion.Task;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task DispatchAsync(string text, CancellationToken cancellationToken)
    {
        JsonElement message;
        try
        {
            using var document = JsonDocument.Parse(text);
            message = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await SendErrorAsync(null, JsonRpcException.ParseError, $"Parse error: {e.Message}", cancellationToken);
            return;
        }
        if (message.ValueKind != JsonValueKind.Object)
        {
            await SendErrorAsync(null, JsonRpcException.InvalidRequest, message.ValueKind == JsonValueKind.Array ? "Batches are not supported; send one message at a time." : "A message must be a JSON object.", cancellationToken);
            return;
        }
        var id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String ? idElement : (JsonElement?)null;

        if (message.TryGetProperty("method", out var methodElement))
        {
            if (methodElement.ValueKind != JsonValueKind.String)
            {
                await SendErrorAsync(id, JsonRpcException.InvalidRequest, "\"method\" must be a string.", cancellationToken);
                return;
            }
            var method = methodElement.GetString()!;
            var parameters = message.TryGetProperty("params", out var p) && p.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? p : EmptyParams;
            if (id is null)
                DispatchNotification(method, parameters);
            else
                await DispatchRequestAsync(id.Value, method, parameters, cancellationToken);
            return;
        }
        if (id is { } responseId && (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _)))
        {
            CompletePending(responseId, message);
            return;
        }
        await SendErrorAsync(id, JsonRpcException.InvalidRequest, "A message needs a \"method\" (a request or notification) or a \"result\"/\"error\" with an \"id\" (a response).", cancellationToken);
    }

    private void DispatchNotification(string method, JsonElement parameters)
    {
        if (method == "$/cancelRequest")
        {
            if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var target) && _running.TryGetValue(target.ToString(), out var source))
                source.Cancel();
            return;
        }
        if (!_notifications.TryGetValue(method, out var handler))
        {
            if (!method.StartsWith("$/", StringComparison.Ordinal))
                Log?.Invoke($"Ignored the unknown notification '{method}'.");
            return;
        }
        Enqueue(async () =>
        {
            try
            {
                await handler(parameters);
            }
            catch (Exception e)
            {
                Log?.Invoke($"The notification '{method}' failed: {e}");
            }
        });
    }

    private async Task DispatchRequestAsync(JsonElement id, string method, JsonElement parameters, CancellationToken cancellationToken)
    {
        if (!_requests.TryGetValue(method, out var entry))
        {
            await SendErrorAsync(id, JsonRpcException.MethodNotFound, $"Unknown method '{method}'.", cancellationToken);
            return;
        }
        var key = id.ToString();
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _running[key] = source;
        async Task Run()
        {
            try
            {
                // Cancelled while it waited its turn: not run at all.
                source.Token.ThrowIfCancellationRequested();
                var result = await entry.Handler(parameters, source.Token);
                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result }, CancellationToken.None);
            }
            catch (JsonRpcException e)
            {
                await SendErrorAsync(id, e.Code, e.Message, CancellationToken.None);
            }
            catch (OperationCanceledException) when (source.IsCancellationRequested)
            {
                await SendErrorAsync(id, JsonRpcException.RequestCancelled, "The request was cancelled.", CancellationToken.None);
            }
            catch (Exception e)
            {
                Log?.Invoke($"The request '{method}' failed: {e}");
                await SendErrorAsync(id, JsonRpcException.InternalError, $"{method} failed: {e.Message}", CancellationToken.None);
            }
            finally
            {
                _running.TryRemove(key, out _);
                source.Dispose();
            }
        }
        if (entry.Mutates)
        {
            Enqueue(Run);
        }
        else
        {
            // A query answers for the state after every message that came before it (a didChange just
            // sent must be seen), but does not hold up the state changes that come after it.
            Task before;
            lock (_queueLock)
                before = _mutations;
            _ = before.ContinueWith(_ => Run(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private void Enqueue(Func<Task> work)
    {
        lock (_queueLock)
            _mutations = _mutations.ContinueWith(_ => work(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    private void CompletePending(JsonElement id, JsonElement message)
    {
        if (!long.TryParse(id.ToString(), out var number) || !_pending.TryRemove(number, out var completion))
            return;
        if (message.TryGetProperty("error", out var error))
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var value) ? value : JsonRpcException.InternalError;
            var text = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            completion.TrySetException(new JsonRpcException(code, text));
        }
        else
        {
            completion.TrySetResult(message.GetProperty("result"));
        }
    }

    private Task SendErrorAsync(JsonElement? id, int code, string message, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id is { } value ? JsonNode.Parse(value.GetRawText()) : null,
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        }, cancellationToken);

    private async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        try
        {
            await transport.WriteAsync(message.ToJsonString(JsonOptions.Compact), cancellationToken);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.WebSockets.WebSocketException)
        {
            Log?.Invoke($"Could not send a message: {e.Message}");
        }
    }
}
