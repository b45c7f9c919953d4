using Microsoft.Extensions.Hosting;

namespace OmniOS.Server.Canvas;

/// <summary>A host lifetime that leaves process signals to the command running the server.</summary>
internal sealed class HostedByCommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
