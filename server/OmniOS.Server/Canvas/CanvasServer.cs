using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using OmniOS.Server.Engine;
using OmniOS.Server.JsonRpc;
using OmniOS.Syntax;

namespace OmniOS.Server.Canvas;

/// <summary>
/// The canvas endpoint: Kestrel on 127.0.0.1, serving the canvas app (webview/dist), the project's
/// public/ assets, and the `/canvas` WebSocket. Every request passes the <see cref="AccessPolicy"/>.
/// No X-Frame-Options header is ever sent: the canvas lives in an iframe.
/// </summary>
public sealed class CanvasServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DesignWorkspace _workspace;
    private readonly string? _appRoot;
    private readonly ConcurrentDictionary<CanvasSession, bool> _sessions = new();

    private CanvasServer(WebApplication app, DesignWorkspace workspace, AccessPolicy access, string? appRoot, Action<string>? log)
    {
        _app = app;
        _workspace = workspace;
        _appRoot = appRoot;
        Access = access;
        Log = log;
    }

    public AccessPolicy Access { get; }

    public Action<string>? Log { get; }

    public int Port => Access.Port;

    public string Url => $"http://127.0.0.1:{Port}/?token={Access.Token}";

    /// <summary>Raised when a canvas selects an element (the editor reveals it): path, element id, and its span.</summary>
    public event Func<string, string?, TextSpan?, Task>? ElementSelected;

    public static async Task<CanvasServer> StartAsync(DesignWorkspace workspace, int port = 0, string? appRoot = null, Action<string>? log = null, string? token = null)
    {
        // The host's content root is the server's own folder, and its configuration is read once: by default it is the
        // working directory (the user's appsettings.json would configure this server) and it is watched for changes,
        // recursively — one inotify watch per folder below it (node_modules included), set up at every start.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        // The command that hosts the canvas decides when it stops (Ctrl+C, SIGTERM, the editor's
        // exit); the host's console lifetime would hold SIGTERM until the host stopped itself.
        builder.Services.AddSingleton<IHostLifetime, HostedByCommandLifetime>();
        // The slim builder's Kestrel core only: UseKestrel would add HTTPS configuration and HTTP/3 (QUIC), which a
        // plain-HTTP loopback endpoint never uses but the start would load and initialise.
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.AddServerHeader = false;
        });
        var app = builder.Build();
        var server = new CanvasServer(app, workspace, new AccessPolicy(token), appRoot, log);
        server.Configure();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Access.Port = new Uri(address).Port;
        return server;
    }

    /// <summary>Tells every canvas (but the one it came from) that an element was selected.</summary>
    public async Task SelectAsync(CanvasSession? from, string path, string? id, TextSpan? span)
    {
        foreach (var session in _sessions.Keys)
        {
            if (session != from)
                await session.SendSelectionAsync(path, id);
        }
        if (from is not null && ElementSelected is { } handler)
            await handler(path, id, span);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Configure()
    {
        _app.UseWebSockets();
        _app.Use(async (context, next) =>
        {
            if (Access.Check(context) is { } refusal)
            {
                context.Response.StatusCode = refusal.Status;
                await context.Response.WriteAsync(refusal.Reason + "\n");
                return;
            }
            await next(context);
        });
        _app.Map("/canvas", HandleCanvasSocketAsync);
        _app.MapGet("/public/{**path}", (string path, HttpContext context) => ServeFile(Path.Combine(_workspace.Files.Root, "public"), path, context));
        _app.MapGet("/app/{**path}", (string path, HttpContext context) => _appRoot is null ? Results.NotFound() : ServeFile(_appRoot, path, context));
        _app.MapGet("/", ServeIndex);
    }

    private async Task HandleCanvasSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("Open /canvas as a WebSocket.\n");
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var session = new CanvasSession(new WebSocketTransport(socket), _workspace, this);
        _sessions[session] = true;
        try
        {
            await session.RunAsync(context.RequestAborted);
        }
        finally
        {
            _sessions.TryRemove(session, out _);
        }
    }

    /// <summary>The canvas app's page, with the token added to its script and style URLs (every request must carry it).</summary>
    private IResult ServeIndex()
    {
        var index = _appRoot is null ? null : Path.Combine(_appRoot, "index.html");
        if (index is null || !File.Exists(index))
        {
            var documents = string.Join("", _workspace.ListDocuments().Select(d => $"<li>{WebUtility.HtmlEncode(d.Path)}</li>"));
            return Results.Content($"<!doctype html><meta charset=utf-8><title>OmniOS canvas</title><h1>OmniOS canvas</h1><p>The canvas app is not built (npm run build --workspace webview).</p><ul>{documents}</ul>", "text/html; charset=utf-8");
        }
        var html = File.ReadAllText(index).Replace("{{TOKEN}}", Access.Token, StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// A file, which the browser keeps and revalidates on every use (a rebuilt app or an edited asset shows at once):
    /// an unchanged file costs a 304, and the browser reuses the code it compiled from a script (the canvas app and
    /// the Tailwind engine are a few hundred kilobytes each), which is most of what opening the canvas again costs.
    /// </summary>
    private static IResult ServeFile(string root, string relative, HttpContext context)
    {
        var rootFull = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        var file = new FileInfo(full);
        if (!full.StartsWith(rootFull, StringComparison.Ordinal) || !file.Exists)
            return Results.NotFound();
        context.Response.Headers.CacheControl = "no-cache";
        var modified = file.LastWriteTimeUtc;
        var tag = new EntityTagHeaderValue($"\"{modified.Ticks:x}-{file.Length:x}\"");
        return Results.File(full, ContentType(full), lastModified: modified, entityTag: tag);
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".json" or ".map" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        _ => "application/octet-stream",
    };
}
