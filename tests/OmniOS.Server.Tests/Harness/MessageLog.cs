using System.Text.Json;

namespace OmniOS.Server.Tests.Harness;

/// <summary>Messages of one kind as they arrive, and a way to await the first one that matches (a readiness signal, never a sleep).</summary>
public sealed class MessageLog
{
    private readonly List<JsonElement> _messages = [];
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Completion)> _waiters = [];

    public IReadOnlyList<JsonElement> All
    {
        get
        {
            lock (_messages)
                return [.. _messages];
        }
    }

    public void Add(JsonElement message)
    {
        List<TaskCompletionSource<JsonElement>> matched = [];
        lock (_messages)
        {
            _messages.Add(message);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(message))
                {
                    matched.Add(_waiters[i].Completion);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var completion in matched)
            completion.TrySetResult(message);
    }

    /// <summary>The first message (already arrived or still to come) that matches.</summary>
    public Task<JsonElement> FirstAsync(Func<JsonElement, bool> match)
    {
        lock (_messages)
        {
            foreach (var message in _messages)
            {
                if (match(message))
                    return Task.FromResult(message);
            }
            var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, completion));
            return completion.Task;
        }
    }
}
