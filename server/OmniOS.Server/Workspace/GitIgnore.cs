using System.Text;
using System.Text.RegularExpressions;

namespace OmniOS.Server.Workspace;

/// <summary>
/// The patterns of one .gitignore file, matched as Git does: `*` and `?` within a path segment,
/// `**` across segments, a leading or inner `/` anchors to the file's folder, a trailing `/` matches
/// folders only, `!` re-includes, and the last matching pattern wins.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<(Regex Pattern, bool Negated, bool FoldersOnly)> _rules = [];

    public GitIgnore(string content)
    {
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            line = line.TrimEnd(' ');
            var negated = line.StartsWith('!');
            if (negated)
                line = line[1..];
            if (line.StartsWith("\\", StringComparison.Ordinal))
                line = line[1..];
            var foldersOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
                continue;
            var anchored = line.Contains('/');
            line = line.TrimStart('/');
            _rules.Add((new Regex(ToRegex(line, anchored), RegexOptions.CultureInvariant), negated, foldersOnly));
        }
    }

    /// <summary>Whether <paramref name="relativePath"/> (relative to this file's folder, '/'-separated) is ignored, or null when no pattern says.</summary>
    public bool? IsIgnored(string relativePath, bool isFolder)
    {
        bool? result = null;
        foreach (var (pattern, negated, foldersOnly) in _rules)
        {
            if (foldersOnly && !isFolder)
                continue;
            if (pattern.IsMatch(relativePath))
                result = !negated;
        }
        return result;
    }

    private static string ToRegex(string glob, bool anchored)
    {
        var builder = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else if (c == '[')
            {
                var close = glob.IndexOf(']', i + 1);
                if (close < 0)
                {
                    builder.Append(@"\[");
                    continue;
                }
                var set = glob[(i + 1)..close].Replace("\\", "\\\\", StringComparison.Ordinal);
                builder.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                i = close;
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }
        // A pattern that names a folder also covers everything in it.
        builder.Append("(?:/.*)?$");
        return builder.ToString();
    }
}
