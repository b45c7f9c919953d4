using System.Diagnostics;
using System.Text;

namespace OmniOS.Server.Tests.Harness;

/// <summary>
/// The real `omnios` server as a child process: `dotnet omnios.dll ARGS` from the test output
/// folder (the test project references OmniOS.Server, so the server's build sits beside the tests).
/// Its stderr is collected for failure messages; dispose kills it if it is still running.
/// </summary>
public sealed class OmniosProcess : IDisposable
{
    /// <summary>How long any one wait for the server may take before the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly StringBuilder _stderr = new();

    private OmniosProcess(Process process)
    {
        Process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (_stderr)
                _stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Stderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public static OmniosProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "omnios.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // No first-run banners or telemetry output mixed into the protocol stream.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new OmniosProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Awaits <paramref name="task"/> for at most <see cref="Timeout"/>; on timeout fails saying what was awaited, with the server's stderr.</summary>
    public async Task<T> Within<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds:0} s waiting for {what}. Server stderr:\n{Stderr}");
        }
    }

    public async Task Within(Task task, string what) => await Within(task.ContinueWith(t =>
    {
        t.GetAwaiter().GetResult();
        return true;
    }, TaskScheduler.Default), what);

    /// <summary>SIGKILL on Unix: the process gets no chance to clean up.</summary>
    public void Kill()
    {
        if (!Process.HasExited)
            Process.Kill();
        Process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
        }
        Process.Dispose();
    }

    /// <summary>The `dotnet` that runs the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
