using System.Text.Json.Nodes;
using OmniOS.Server.Protocol;
using OmniOS.Styles;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Server.Cli;

/// <summary>
/// `omnios styles`: Tailwind v4 from the command line, with the default theme or a project's CSS (`--css FILE`, its
/// `@theme` blocks and custom variants).
/// <list type="bullet">
/// <item>`styles css CLASS...`: a JSON object mapping each class to its declarations, nested under the at-rules and
/// selectors that wrap them, theme variables resolved (`{"p-4": {"padding": "1rem"}, "md:flex": {"@media (width >= 48rem)":
/// {"display": "flex"}}, "foo-bar": null}`).</item>
/// <item>`styles class PROPERTY VALUE [--variant md]`: the class that sets it (`padding 24px` → `p-6`).</item>
/// <item>`styles sheet CLASS...`: the stylesheet for the classes, in Tailwind's order.</item>
/// </list>
/// </summary>
public static class StylesVerb
{
    private const string Usage = "usage: omnios styles css CLASS... | styles class PROPERTY VALUE [--variant V] | styles sheet CLASS...  [--css FILE]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var rest = new List<string>(args.Skip(1));
        var css = TakeOption(rest, "--css");
        var variant = TakeOption(rest, "--variant");
        if (args.Length == 0 || css.Missing || variant.Missing)
        {
            error.WriteLine(Usage);
            return 64;
        }
        TailwindStyles styles;
        if (css.Value is { } path)
        {
            if (!SourceFileReader.TryRead(path, error, out var text))
                return 2;
            styles = TailwindStyles.FromCss(text);
        }
        else
        {
            styles = TailwindStyles.Default;
        }

        switch (args[0])
        {
            case "css" when rest.Count > 0 && variant.Value is null:
                output.WriteLine(Declarations(styles, rest).ToJsonString(JsonOptions.Indented));
                return 0;
            case "class" when rest.Count == 2 && rest.All(a => a.Trim().Length > 0):
                output.WriteLine(styles.ClassFor(rest[0], rest[1], variant.Value));
                return 0;
            case "sheet" when rest.Count > 0 && variant.Value is null:
                var sheet = styles.Generate(CommandLine.ExpandFileArguments(rest));
                output.Write(sheet.Css);
                foreach (var unknown in sheet.Unknown)
                    error.WriteLine($"omnios: unknown class '{unknown}' (left out)");
                return 0;
            default:
                error.WriteLine(Usage);
                return 64;
        }
    }

    /// <summary>Each class → its declarations under its wrappers, outermost first (null for an unknown class).</summary>
    public static JsonObject Declarations(TailwindStyles styles, IEnumerable<string> classNames)
    {
        var result = new JsonObject();
        foreach (var className in classNames)
        {
            if (styles.Resolve(className) is not { } style)
            {
                result[className] = null;
                continue;
            }
            var root = new JsonObject();
            foreach (var rule in style.Rules)
            {
                var target = root;
                foreach (var wrapper in rule.Wrappers)
                {
                    if (target[wrapper] is not JsonObject next)
                        target[wrapper] = next = new JsonObject();
                    target = next;
                }
                foreach (var declaration in rule.Declarations)
                    target[declaration.Property] = declaration.Text;
            }
            result[className] = root;
        }
        return result;
    }

    /// <summary>Removes `NAME VALUE` from the arguments; Missing when NAME is the last argument.</summary>
    private static (string? Value, bool Missing) TakeOption(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        if (index < 0)
            return (null, false);
        if (index + 1 >= args.Count)
            return (null, true);
        var value = args[index + 1];
        args.RemoveRange(index, 2);
        return (value, false);
    }
}
