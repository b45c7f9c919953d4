using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>
/// @babel/parser as a second opinion on command results: tests/corpus/babel-check.mjs run on them
/// with Node. Node missing is an error, never a reason to skip.
/// </summary>
public static class BabelCheck
{
    /// <summary>The samples Babel does not parse, each with its command, source file and Babel's message.</summary>
    public static List<string> Rejected(IReadOnlyList<CommandSweep.Sample> samples)
    {
        var directory = Directory.CreateTempSubdirectory("omnios-design-babel-");
        try
        {
            var names = new List<string>();
            var origins = new Dictionary<string, string>();
            for (var i = 0; i < samples.Count; i++)
            {
                // Babel picks its plugins by extension, so the sample keeps the source's.
                var name = $"{i:00000}-{samples[i].Op}{Path.GetExtension(samples[i].SourcePath)}";
                File.WriteAllBytes(Path.Combine(directory.FullName, name), SourceFile.Encode(samples[i].Text));
                names.Add(name);
                origins[name] = $"{samples[i].Op} on {samples[i].SourcePath}";
            }
            var results = Run(directory.FullName, names).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(names.Count, results.Count);
            return results.Where(r => !r.GetProperty("ok").GetBoolean())
                .Select(r => $"{origins[Path.GetFileName(r.GetProperty("path").GetString()!)]}: {r.GetProperty("message").GetString()}")
                .ToList();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Runs babel-check.mjs on the files; its output, one JSON line per file.</summary>
    private static List<string> Run(string directory, List<string> names)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "corpus", "babel-check.mjs");
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var name in names)
            start.ArgumentList.Add(name);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Node.js is needed for the Babel check (`node` on the PATH, and `npm ci` at the repository root for @babel/parser): {e.Message}", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.Length > 0)
                    lines.Add(line);
            }
            process.WaitForExit();
            Assert.True(lines.Count > 0, $"babel-check.mjs printed nothing (exit {process.ExitCode}): {stderr.Result}");
            return lines;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OmniOS.Ide.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OmniOS.Ide.sln not found above " + AppContext.BaseDirectory);
    }
}
