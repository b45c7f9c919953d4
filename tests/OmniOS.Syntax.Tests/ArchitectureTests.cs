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
}
