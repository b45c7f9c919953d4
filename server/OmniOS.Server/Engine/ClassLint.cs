using OmniOS.Design.Source;
using OmniOS.Styles;
using OmniOS.Styles.Tailwind;
using OmniOS.Syntax;

namespace OmniOS.Server.Engine;

/// <summary>
/// Problems with the classes of a file's class strings, in a project that uses Tailwind: classes that conflict
/// (<c>p-4 p-6</c>, set together: only the one later in Tailwind's CSS has an effect) and classes that do nothing
/// (<c>bg-blu-500</c>, <c>mdd:flex</c>). A class is called unknown only when it looks like Tailwind's, Tailwind
/// generates nothing for it, no stylesheet the project loads defines it, and every stylesheet could be read (no
/// <c>@plugin</c>, no JavaScript <c>@config</c>, no import left unresolved): other libraries' and the project's own
/// names are left alone.
/// </summary>
public static class ClassLint
{
    public const string ConflictCode = "OMN4001";
    public const string UnknownCode = "OMN4002";

    public static List<ClassProblem> Check(SyntaxTree tree, ProjectStyles styles)
    {
        var problems = new List<ClassProblem>();
        if (!styles.UsesTailwind)
            return problems;
        var tailwind = styles.Tailwind;
        var strings = ClassStrings.In(tree.Root);
        foreach (var group in strings.GroupBy(s => s.Group))
        {
            var tokens = group.SelectMany(s => s.Classes).ToList();
            if (tokens.Count < 2)
                continue;
            foreach (var conflict in tailwind.Conflicts(tokens.Select(t => t.Name)))
            {
                var winner = tokens.First(t => t.Name == conflict.Winner);
                var variants = TailwindStyles.VariantPrefix(conflict.Loser).TrimEnd(':');
                var where = variants.Length == 0 ? "" : $" at {variants}";
                foreach (var loser in tokens.Where(t => t.Name == conflict.Loser))
                {
                    problems.Add(new ClassProblem(ConflictCode,
                        $"'{conflict.Loser}' has no effect: '{conflict.Winner}' also sets {conflict.Property}{where}, and Tailwind's CSS puts it later.",
                        loser.Span, IsWarning: true, (winner.Span, $"'{conflict.Winner}' sets {conflict.Property} here.")));
                }
            }
        }
        if (strings.Count == 0)
            return problems;
        var css = styles.Css;
        if (!css.ImportsTailwind || css.Unknowable is not null)
            return problems;
        var verdicts = new Dictionary<string, (string Message, bool IsWarning)?>(StringComparer.Ordinal);
        foreach (var token in strings.SelectMany(s => s.Classes))
        {
            if (!verdicts.TryGetValue(token.Name, out var verdict))
            {
                verdict = tailwind.Resolve(token.Name) is null && css.Classes.DefinedIn(token.Name) is null && tailwind.Diagnose(token.Name) is { } unknown
                    ? (ClassExplanation.Unknown(unknown, tailwind), unknown.Reason != UnknownClassReason.UnknownUtility)
                    : null;
                verdicts[token.Name] = verdict;
            }
            if (verdict is { } found)
                problems.Add(new ClassProblem(UnknownCode, found.Message, token.Span, found.IsWarning));
        }
        return problems;
    }
}
