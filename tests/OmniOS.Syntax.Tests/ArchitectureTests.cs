using System.Xml.Linq;

namespace OmniOS.Syntax.Tests;

/// <summary>The boundaries ARCHITECTURE.md promises, checked against the project files.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void OmniOS_Syntax_references_no_other_project_and_no_package()
    {
        var project = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "server", "OmniOS.Syntax", "OmniOS.Syntax.csproj"));
        var references = project.Descendants().Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "Reference").ToList();
        Assert.Empty(references);
    }

    [Fact]
    public void OmniOS_Syntax_uses_no_json_serialization_or_io_beyond_reading_bytes_it_is_given()
    {
        var assembly = typeof(SyntaxTree).Assembly;
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("System.Text.Json", referenced);
        Assert.DoesNotContain("StreamJsonRpc", referenced);
    }

    [Fact]
    public void OmniOS_Design_references_only_OmniOS_Syntax_and_no_package()
    {
        Assert.Equal(["OmniOS.Syntax"], ProjectReferences("OmniOS.Design"));
        Assert.Empty(References("OmniOS.Design", "PackageReference", "FrameworkReference"));
    }

    [Fact]
    public void OmniOS_Storage_knows_nothing_of_the_design_model_and_only_OmniOS_Server_knows_the_web()
    {
        Assert.Empty(ProjectReferences("OmniOS.Storage"));
        foreach (var project in new[] { "OmniOS.Syntax", "OmniOS.Design", "OmniOS.Storage" })
            Assert.DoesNotContain("Microsoft.AspNetCore.App", References(project, "FrameworkReference"));
        Assert.Contains("Microsoft.AspNetCore.App", References("OmniOS.Server", "FrameworkReference"));
    }

    private static List<string> ProjectReferences(string project) =>
        References(project, "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).ToList();

    private static List<string> References(string project, params string[] kinds)
    {
        var document = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "server", project, project + ".csproj"));
        return document.Descendants().Where(e => kinds.Contains(e.Name.LocalName)).Select(e => e.Attribute("Include")!.Value).ToList();
    }
}
