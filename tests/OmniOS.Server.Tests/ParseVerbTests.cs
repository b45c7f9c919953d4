using System.Text.Json;
using OmniOS.Server.Cli;
using OmniOS.Server.Tests.Harness;

namespace OmniOS.Server.Tests;

/// <summary>The `omnios parse` contract that other tools and checks rely on.</summary>
public sealed class ParseVerbTests : IDisposable
{
    private readonly CommandLineRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Parse_prints_elements_attributes_and_nested_children_with_utf16_offsets()
    {
        // 'é' and an emoji (two UTF-16 units) before the element shift every offset after them.
        var path = _cli.Write("a.tsx", "const s = \"é😀\";\nconst x = <div className=\"a\" {...p}><b icon={<I />}>t</b></div>;\n");

        var (code, output, _) = CommandLineRun.Run("parse", path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateArray());
        var div = json.RootElement.GetProperty("elements")[0];
        Assert.Equal("div", div.GetProperty("name").GetString());
        Assert.Equal(27, div.GetProperty("start").GetInt32());
        Assert.Equal(80, div.GetProperty("end").GetInt32());
        Assert.Equal(["className", "..."], div.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("name").GetString()!));
        var b = div.GetProperty("children")[0];
        Assert.Equal("b", b.GetProperty("name").GetString());
        Assert.Equal("I", b.GetProperty("children")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Parse_reports_syntax_errors_with_line_and_column_and_still_exits_zero()
    {
        var path = _cli.Write("broken.tsx", "const a = 1;\nconst b = <div>\n");

        var (code, output, _) = CommandLineRun.Run("parse", path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal(10, error.GetProperty("column").GetInt32());
        Assert.Equal(23, error.GetProperty("start").GetInt32());
        Assert.Contains("<div>", error.GetProperty("message").GetString());
    }

    [Fact]
    public void Parse_names_fragments_with_an_empty_string_and_namespaced_and_member_tags_as_written()
    {
        var path = _cli.Write("names.jsx", "x = <><svg:rect xlink:href=\"#a\" /><Foo.Bar /></>;\n");

        var (_, output, _) = CommandLineRun.Run("parse", path);

        using var json = JsonDocument.Parse(output);
        var fragment = json.RootElement.GetProperty("elements")[0];
        Assert.Equal("", fragment.GetProperty("name").GetString());
        Assert.Equal("svg:rect", fragment.GetProperty("children")[0].GetProperty("name").GetString());
        Assert.Equal("xlink:href", fragment.GetProperty("children")[0].GetProperty("attributes")[0].GetProperty("name").GetString());
        Assert.Equal("Foo.Bar", fragment.GetProperty("children")[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Parse_counts_a_byte_order_mark_as_one_character()
    {
        var path = Path.Combine(_cli.Directory, "bom.tsx");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "<a/>;"u8.ToArray()]);

        var (_, output, _) = CommandLineRun.Run("parse", path);

        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("elements")[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public void Parse_of_a_file_that_cannot_be_read_exits_two_with_a_message()
    {
        var (code, _, error) = CommandLineRun.Run("parse", Path.Combine(_cli.Directory, "missing.tsx"));

        Assert.Equal(2, code);
        Assert.Contains("cannot read", error);
    }

    [Fact]
    public void Parse_bench_prints_files_lines_and_the_median_time()
    {
        var path = _cli.Write("a.tsx", "const x = <div />;\nconst y = 1;\n");
        var list = _cli.Write("files.txt", path + "\n" + path + "\n");

        var (code, output, _) = CommandLineRun.Run("parse", "--bench", "@" + list);

        Assert.Equal(0, code);
        Assert.Matches(@"^parse: 2 files, 6 lines, median \d+\.\d{3} ms per pass\s*$", output);
    }

    [Fact]
    public void An_unknown_command_exits_64_with_usage()
    {
        var (code, _, error) = CommandLineRun.Run("frobnicate");

        Assert.Equal(64, code);
        Assert.Contains("usage: omnios", error);
    }
}
