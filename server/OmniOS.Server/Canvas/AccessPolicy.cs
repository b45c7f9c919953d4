using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OmniOS.Server.Canvas;

/// <summary>
/// Who may talk to the canvas server: every request carries the per-session token in its query
/// string; the Host header must name this server (against DNS rebinding); a WebSocket's Origin
/// must be the server's own or one the editor registered (inside code-server, its proxy's).
/// </summary>
public sealed class AccessPolicy
{
    private readonly ConcurrentDictionary<string, bool> _origins = new(StringComparer.OrdinalIgnoreCase);

    public AccessPolicy(string? token = null)
    {
        Token = token ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
    }

    /// <summary>The session token: hex, so it is safe in a URL as it is.</summary>
    public string Token { get; }

    public int Port { get; set; }

    /// <summary>Allows an origin (scheme://host[:port]) the editor reaches the canvas through; its host becomes an accepted Host too.</summary>
    public void AllowOrigin(string origin)
    {
        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            _origins[uri.GetLeftPart(UriPartial.Authority)] = true;
    }

    public IReadOnlyCollection<string> RegisteredOrigins => _origins.Keys.ToList();

    /// <summary>Null when the request may proceed; else the status code and the reason to send.</summary>
    public (int Status, string Reason)? Check(HttpContext context)
    {
        var host = context.Request.Host.Value ?? "";
        if (!IsAllowedHost(host))
            return (StatusCodes.Status421MisdirectedRequest, $"The Host '{host}' is not this canvas server.");
        var token = context.Request.Query["token"].ToString();
        if (token.Length == 0)
            return (StatusCodes.Status401Unauthorized, "The session token is missing (?token=…).");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(Token)))
            return (StatusCodes.Status403Forbidden, "The session token is wrong.");
        if (context.WebSockets.IsWebSocketRequest && context.Request.Headers.Origin.ToString() is { Length: > 0 } origin && !IsAllowedOrigin(origin))
            return (StatusCodes.Status403Forbidden, $"The origin '{origin}' may not open the canvas connection.");
        return null;
    }

    private bool IsAllowedHost(string host)
    {
        if (host == $"127.0.0.1:{Port}" || host == $"localhost:{Port}" || host == $"[::1]:{Port}")
            return true;
        foreach (var origin in _origins.Keys)
        {
            if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (host.Equals(uri.Authority, StringComparison.OrdinalIgnoreCase) || host.Equals(uri.Host, StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    private bool IsAllowedOrigin(string origin) =>
        origin == $"http://127.0.0.1:{Port}" || origin == $"http://localhost:{Port}" || _origins.ContainsKey(origin.TrimEnd('/'));
}
