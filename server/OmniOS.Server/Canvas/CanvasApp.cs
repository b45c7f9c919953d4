namespace OmniOS.Server.Canvas;

/// <summary>Where the built canvas app is: $OMNIOS_CANVAS_APP, beside the server (packaged), or webview/dist in the repository.</summary>
public static class CanvasApp
{
    public static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("OMNIOS_CANVAS_APP") is { Length: > 0 } configured && Directory.Exists(configured))
            return configured;
        var packaged = Path.Combine(AppContext.BaseDirectory, "canvas");
        if (File.Exists(Path.Combine(packaged, "index.html")))
            return packaged;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var built = Path.Combine(directory.FullName, "webview", "dist");
            if (File.Exists(Path.Combine(built, "index.html")))
                return built;
        }
        return null;
    }
}
