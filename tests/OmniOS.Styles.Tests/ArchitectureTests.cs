using System.Xml.Linq;

namespace OmniOS.Styles.Tests;

/// <summary>The boundary ARCHITECTURE.md promises for OmniOS.Styles, checked against its project file and assembly.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void OmniOS_Styles_references_no_other_project_and_no_package()
    {
        var project = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "server", "OmniOS.Styles", "OmniOS.Styles.csproj"));

        Assert.DoesNotContain(project.Descendants(), e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "FrameworkReference" or "Reference");
    }

    [Fact]
    public void OmniOS_Styles_does_no_io_and_knows_no_json_or_protocol()
    {
        var referenced = typeof(TailwindStyles).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("System.Text.Json", referenced);
        Assert.DoesNotContain("System.Net.Http", referenced);
        Assert.DoesNotContain(typeof(TailwindStyles).Assembly.GetTypes().SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)),
            m => m.GetParameters().Any(p => p.ParameterType == typeof(FileInfo) || p.ParameterType == typeof(Stream)));
    }
}
