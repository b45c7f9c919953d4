namespace OmniOS.Syntax;

/// <summary>Which language a file is: TypeScript syntax on or off, JSX on or off.</summary>
public sealed record ParseOptions(bool TypeScript, bool Jsx)
{
    public static readonly ParseOptions Tsx = new(TypeScript: true, Jsx: true);
    public static readonly ParseOptions TypeScriptOnly = new(TypeScript: true, Jsx: false);

    /// <summary>JavaScript with JSX: what .js, .jsx, .mjs and .cjs files get (as Babel's jsx plugin reads them).</summary>
    public static readonly ParseOptions JavaScript = new(TypeScript: false, Jsx: true);

    /// <summary>The options for a file name: .ts (no JSX, so '&lt;T&gt;x' is a type assertion), .tsx, or JavaScript.</summary>
    public static ParseOptions ForPath(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".ts" or ".mts" or ".cts" => TypeScriptOnly,
            ".tsx" => Tsx,
            _ => JavaScript,
        };
    }
}
