using System.Text;

namespace OmniOS.Server.JsonRpc;

/// <summary>
/// The LSP base protocol: each message is preceded by `Content-Length: N` (and optional other)
/// headers, then an empty line, then N bytes of UTF-8 JSON.
/// </summary>
public sealed class HeaderDelimitedTransport(Stream input, Stream output) : IMessageTransport
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken)
    {
        int? contentLength = null;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken);
            if (line is null)
                return null;
            if (line.Length == 0)
            {
                if (contentLength is null)
                    continue;
                break;
            }
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), out var length) && length is >= 0 and <= MaxMessageBytes)
                contentLength = length;
        }
        var body = new byte[contentLength.Value];
        var filled = 0;
        while (filled < body.Length)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
                return null;
            var count = Math.Min(body.Length - filled, _end - _start);
            Buffer.BlockCopy(_buffer, _start, body, filled, count);
            _start += count;
            filled += count;
        }
        return Encoding.UTF8.GetString(body);
    }

    public async ValueTask WriteAsync(string message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(header, cancellationToken);
            await output.WriteAsync(body, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async ValueTask<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
                return null;
            var b = _buffer[_start++];
            if (b == '\n')
                return line.ToString().TrimEnd('\r');
            if (line.Length > 8192)
                line.Clear();
            line.Append((char)b);
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await input.ReadAsync(_buffer, cancellationToken);
        return _end > 0;
    }
}
