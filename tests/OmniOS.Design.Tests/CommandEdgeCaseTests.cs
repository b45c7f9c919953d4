using Xunit.Abstractions;

namespace OmniOS.Design.Tests;

/// <summary>
/// The corpus checks (<see cref="CommandSweep"/>) on every element of small files written to be
/// awkward: attributes without values, namespaced and member tags, type arguments, comments and
/// empty expressions in JSX, template literals, JSX in attribute values, map callbacks, nested
/// ternaries, fragments, class components, CRLF and tabs, several roots in one line.
/// </summary>
public sealed class CommandEdgeCaseTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["awkward.tsx"] = "export function A({ items, open, children }: Props) {\n  return (\n    <div className data-x style hidden {...rest} key=\"k\">\n      <p className={`a ${b}`} style={{}}>x{/* comment */}y{}</p>\n      <svg:g xlink:href=\"#a\"><path d=\"M0\" /></svg:g>\n      <Foo.Bar<string> value={1} render={() => <i />} />\n      <input disabled />\n      {items.map((item, i) => (\n        <li key={i} className={cn(\"a\", { b: open })}>\n          {item.label} &amp; more\n        </li>\n      ))}\n      {open ? <b>yes</b> : open === false ? <i>no</i> : null}\n      {children}\n      <>\n        <span title='single' aria-label=\"x\">t</span>\n      </>\n      <textarea value={`multi\nline`} />\n      <p>\n        Text with {\"string\"} and {42} and &nbsp;\n      </p>\n    </div>\n  );\n}\nexport default class B extends React.Component {\n  render() {\n    const { x } = this.props;\n    return <section onClick={this.go}>{x}</section>;\n  }\n}\n",
        ["crlf-tabs.jsx"] = "const a = (\r\n\t<ul>\r\n\t\t<li className=\"x\">a</li>\r\n\t\t<li>\r\n\t\t\tb\r\n\t\t</li>\r\n\t</ul>\r\n);\r\nconst b = cond && <p />;\r\nconst c = [<i key=\"1\" />, <b key=\"2\" />];\r\n",
        ["mixed.tsx"] = "const x = <div>\n  <p>one</p><p>two</p>\n  text <b>bold</b> tail\n</div>;\nfunction F() {\n  if (a) return <A />;\n  return b ? <B /> : <C />;\n}\nconst G = memo(forwardRef<HTMLDivElement, Props>(function G({ a = 1 }, ref) {\n  return <div ref={ref}>{a}</div>;\n}));\n",
    };

    [Fact]
    public void Every_command_on_every_element_of_awkward_files_keeps_them_valid_and_reads_back()
    {
        var sweep = new CommandSweep(sampled: false);
        foreach (var (path, text) in Files)
            sweep.Run(new CorpusFile(path, text));
        sweep.Report(output);

        Assert.True(sweep.Failures.Count == 0, $"{sweep.Failures.Count} wrong results:\n{string.Join("\n", sweep.Failures.Take(30))}");
        var rejected = BabelCheck.Rejected(sweep.Samples);
        Assert.True(rejected.Count == 0, $"Babel rejects {rejected.Count} results:\n{string.Join("\n", rejected)}");
    }
}
