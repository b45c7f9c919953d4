using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using OmniOS.Design.Commands;
using OmniOS.Design.Model;
using OmniOS.Styles;
using OmniOS.Styles.Conventions;
using OmniOS.Styles.Editing;

namespace OmniOS.Server.Engine;

/// <summary>
/// How one workspace styles its elements: Tailwind with the theme of the stylesheets its sources
/// import (rebuilt only when their text changes), whether the project uses Tailwind at all, and the
/// convention setting — the editor's (<c>omnios.styling.convention</c>) when it sent one, else the
/// project's <c>omnios/settings.json</c> (<c>{"styling": {"convention": "auto|tailwind|inline"}}</c>),
/// else auto. The canvas inspector and the editor features read styles through here, on hot paths
/// (hover, completion, every inspector redraw): the project is scanned for stylesheets only when a
/// document's stylesheet imports change; otherwise only the known sheets' file stamps are checked.
/// </summary>
public sealed class ProjectStyles
{
    public const string SettingsPath = "omnios/settings.json";

    /// <summary>How long the styles wait for the first model to be served before they are read anyway (no canvas came).</summary>
    public static readonly TimeSpan StartGrace = TimeSpan.FromSeconds(2);

    private readonly DesignWorkspace _workspace;
    private readonly Lock _lock = new();
    private readonly Lock _cssLock = new();
    /// <summary>Each document's stylesheet imports as last seen; a change to them means the set of sheets may have changed.</summary>
    private readonly ConcurrentDictionary<string, string> _importsByDocument = new(StringComparer.Ordinal);
    private volatile bool _sheetsStale = true;
    private volatile bool _cssStale = true;
    private ProjectCss _css = ProjectCss.None;
    private List<(string Path, FileStamp? Stamp)> _cssFiles = [];
    private List<(string Path, FileStamp? Stamp)> _sheets = [];
    private string? _themeCss;
    private TailwindStyles _tailwind = TailwindStyles.Default;
    private bool _usesTailwind;
    private FileStamp? _settingsStamp;
    private ConventionSetting _projectSetting;
    /// <summary>Completes when the start is over; a theme's tables are prepared only then (at once when no start is awaited).</summary>
    private volatile Task _started = Task.CompletedTask;

    public ProjectStyles(DesignWorkspace workspace)
    {
        _workspace = workspace;
        workspace.DocumentChanged += (document, _) =>
        {
            var imports = StylesheetImports(document.Model);
            if (!_importsByDocument.TryGetValue(document.Path, out var known) || known != imports)
            {
                _importsByDocument[document.Path] = imports;
                _sheetsStale = true;
                _cssStale = true;
            }
        };
    }

    /// <summary>The editor's setting; null when it sent none (then the project's file decides).</summary>
    public ConventionSetting? EditorSetting { get; set; }

    /// <summary>Raised with a message when <c>omnios/settings.json</c> cannot be read (it is then ignored).</summary>
    public event Action<string>? SettingsProblem;

    /// <summary>Tailwind with the project's theme.</summary>
    public TailwindStyles Tailwind
    {
        get
        {
            Refresh();
            return _tailwind;
        }
    }

    /// <summary>Whether a stylesheet imports Tailwind (or, with none, whether package.json depends on it).</summary>
    public bool UsesTailwind
    {
        get
        {
            Refresh();
            return _usesTailwind;
        }
    }

    /// <summary>
    /// The classes the project's CSS defines besides Tailwind's, and whether every class is knowable (for the
    /// unknown-class diagnostic). Read again when a document's stylesheet imports change or a file read changes.
    /// </summary>
    public ProjectCss Css
    {
        get
        {
            lock (_cssLock)
            {
                if (!_cssStale && _cssFiles.All(f => FileStamp.Of(f.Path) == f.Stamp))
                    return _css;
                _cssStale = false;
                _css = ProjectCssReader.Read(_workspace);
                _cssFiles = _css.Files.Select(f => (f, FileStamp.Of(f))).ToList();
                return _css;
            }
        }
    }

    public ConventionSetting Setting => EditorSetting ?? ProjectSetting();

    /// <summary>
    /// Reads the settings now and the project's styles in the background once the start is over (the first model
    /// served, or <see cref="StartGrace"/> without one), and then the theme prepares its tables: the first request
    /// that needs them does not wait, and the first model does not compete with about a second of CPU for them. Only a
    /// head start: a failure is logged, and the first request that needs the styles reads them again (before the
    /// start is over too) and reports what fails.
    /// </summary>
    public void ReadInBackground(Action<string> log)
    {
        _started = Task.WhenAny(_workspace.FirstModelServed, Task.Delay(StartGrace));
        try
        {
            _ = Setting;
        }
        catch (Exception e)
        {
            log($"reading the project's settings failed: {e.Message}");
        }
        var started = _started;
        _ = Task.Run(async () =>
        {
            await started;
            try
            {
                _ = Tailwind;
            }
            catch (Exception e)
            {
                log($"reading the project's styles failed: {e.Message}");
            }
        });
    }

    /// <summary>The convention of a file, from its elements, the project and the setting.</summary>
    public StyleConvention ConventionOf(DesignModel model) =>
        StyleConventions.ForFile(model.Components.SelectMany(c => c.Roots).SelectMany(DesignNode.ElementsIn).Select(StylingOf), Tailwind, UsesTailwind, Setting);

    /// <summary>The change that sets a property on an element (null value: removes it), in the element's convention.</summary>
    public StyleChange Plan(DesignModel model, ElementNode element, string property, string? value, string? variant) =>
        StyleConventions.Plan(StylingOf(element), property, value, variant, ConventionOf(model), Tailwind, Setting);

    /// <summary>
    /// What the inspector shows for an element at a variant: for each property (CSS or camelCase names), the inline
    /// style's value when it sets it (it wins over classes at every variant), else the class value in force there.
    /// </summary>
    public ElementStyles Inspect(DesignModel model, ElementNode element, IEnumerable<string> properties, string? variant)
    {
        var tailwind = Tailwind;
        var styling = StylingOf(element);
        var fileConvention = ConventionOf(model);
        var inlineEntries = element.Style?.Properties.Select(p => (p.Name, p.Value)).ToList() ?? [];
        var atVariant = !string.IsNullOrWhiteSpace(variant);
        var inspected = new List<InspectedProperty>();
        foreach (var property in properties.Select(CssProperty.Name).Distinct(StringComparer.Ordinal))
        {
            var target = StyleConventions.TargetOf(styling, property, variant, fileConvention, tailwind, Setting);
            if (InlineStyleValues.ValueOf(inlineEntries, property) is { } inline)
                inspected.Add(new InspectedProperty(property, inline.Value, null, inline, atVariant, target));
            else if (tailwind.ValueOf(styling.StaticClasses, property, variant) is { } fromClass)
                inspected.Add(new InspectedProperty(property, fromClass.Value, fromClass.ClassName, null, fromClass.Inherited, target));
            else
                inspected.Add(new InspectedProperty(property, null, null, null, false, target));
        }
        return new ElementStyles(atVariant ? variant!.Trim() : null, fileConvention, styling.ClassNameEditable, styling.InlineStyleEditable, inspected);
    }

    /// <summary>The design command that makes a planned change to an element (null for a refusal).</summary>
    public static DesignCommand? CommandFor(StyleChange change, ElementNode element) => change switch
    {
        ClassChange classes => new ReplaceClassesCommand(element.Span.Start, classes.Edit.Remove, classes.Edit.Add),
        InlineChange inline => new SetStyleCommand(element.Span.Start, inline.Property, inline.Value),
        _ => null,
    };

    /// <summary>Whether a variant is one Tailwind knows (<c>md</c>, <c>hover</c>, <c>md:hover</c>, a project's custom variant); no variant is valid.</summary>
    public bool IsKnownVariant(string? variant) =>
        string.IsNullOrWhiteSpace(variant) || Tailwind.Resolve(variant.Trim().TrimEnd(':') + ":block") is not null;

    /// <summary>What the convention rules need to know of an element: its static classes and inline properties, and whether each can be edited.</summary>
    public static ElementStyling StylingOf(ElementNode element) => new(
        element.ClassName?.Static ?? [],
        element.ClassName?.IsEditable ?? true,
        element.Style?.Properties.Select(p => p.Name).ToList() ?? [],
        element.Style?.IsObjectLiteral ?? true);

    public static ConventionSetting? ParseSetting(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "auto" => ConventionSetting.Auto,
        "tailwind" or "classes" => ConventionSetting.Tailwind,
        "inline" => ConventionSetting.Inline,
        _ => null,
    };

    private static string StylesheetImports(DesignModel model) =>
        string.Join("\n", model.Imports.Select(i => i.Source).Where(s => s.EndsWith(".css", StringComparison.OrdinalIgnoreCase)));

    private void Refresh()
    {
        lock (_lock)
        {
            if (!_sheetsStale && _sheets.All(s => FileStamp.Of(_workspace.Files.ToFullPath(s.Path)) == s.Stamp))
                return;
            if (_sheetsStale)
            {
                _sheetsStale = false;
                foreach (var summary in _workspace.ListDocuments())
                {
                    if (_workspace.TryGet(summary.Path) is { } document)
                        _importsByDocument[summary.Path] = StylesheetImports(document.Model);
                }
            }
            var sheets = _workspace.ListStyles();
            _sheets = sheets.Select(s => (s.Path, FileStamp.Of(_workspace.Files.ToFullPath(s.Path)))).ToList();
            var css = string.Join("\n", sheets.Select(s => s.Css));
            if (css == _themeCss)
                return;
            var tailwind = css.Length == 0 ? TailwindStyles.Default : TailwindStyles.FromCss(css);
            // The tables CSS → class and completion use take about a second of CPU to build: in the background, before the first
            // inspector edit or completion needs them, but after the start (a hover or diagnostic before then needs only the theme).
            _ = _started.ContinueWith(_ => tailwind.Prepare(), TaskScheduler.Default);
            _tailwind = tailwind;
            _usesTailwind = sheets.Count > 0 ? sheets.Any(s => ImportsTailwind(s.Css)) : PackageDependsOnTailwind();
            _themeCss = css;
        }
    }

    private static bool ImportsTailwind(string css) =>
        css.Contains("@import \"tailwindcss", StringComparison.Ordinal) || css.Contains("@import 'tailwindcss", StringComparison.Ordinal)
        || css.Contains("@tailwind ", StringComparison.Ordinal);

    private bool PackageDependsOnTailwind()
    {
        var path = _workspace.Files.ToFullPath("package.json");
        try
        {
            return File.Exists(path) && File.ReadAllText(path).Contains("\"tailwindcss\"", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private ConventionSetting ProjectSetting()
    {
        var path = _workspace.Files.ToFullPath(SettingsPath);
        var stamp = FileStamp.Of(path);
        lock (_lock)
        {
            if (stamp == _settingsStamp)
                return _projectSetting;
            _settingsStamp = stamp;
            _projectSetting = stamp is null ? ConventionSetting.Auto : ReadSetting(path);
            return _projectSetting;
        }
    }

    private ConventionSetting ReadSetting(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!document.RootElement.TryGetProperty("styling", out var styling) || styling.ValueKind != JsonValueKind.Object
                || !styling.TryGetProperty("convention", out var convention))
                return ConventionSetting.Auto;
            if (convention.ValueKind == JsonValueKind.String && ParseSetting(convention.GetString()) is { } setting)
                return setting;
            SettingsProblem?.Invoke($"{SettingsPath}: styling.convention must be \"auto\", \"tailwind\" or \"inline\", not {convention.GetRawText()}; using auto.");
        }
        catch (Exception e) when (e is JsonException or IOException or DecoderFallbackException)
        {
            SettingsProblem?.Invoke($"{SettingsPath} is not valid JSON ({e.Message}); using auto.");
        }
        return ConventionSetting.Auto;
    }

    /// <summary>When and how big a file was last written; null when it does not exist.</summary>
    private readonly record struct FileStamp(DateTime Written, long Length)
    {
        public static FileStamp? Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.LastWriteTimeUtc, file.Length) : null;
        }
    }
}
