using System.Collections.Frozen;

namespace OmniOS.Syntax;

/// <summary>Facts about kinds: the fixed text of punctuation and keywords, and which kind is which.</summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> ReservedWords = new Dictionary<string, SyntaxKind>
    {
        ["break"] = SyntaxKind.BreakKeyword,
        ["case"] = SyntaxKind.CaseKeyword,
        ["catch"] = SyntaxKind.CatchKeyword,
        ["class"] = SyntaxKind.ClassKeyword,
        ["const"] = SyntaxKind.ConstKeyword,
        ["continue"] = SyntaxKind.ContinueKeyword,
        ["debugger"] = SyntaxKind.DebuggerKeyword,
        ["default"] = SyntaxKind.DefaultKeyword,
        ["delete"] = SyntaxKind.DeleteKeyword,
        ["do"] = SyntaxKind.DoKeyword,
        ["else"] = SyntaxKind.ElseKeyword,
        ["enum"] = SyntaxKind.EnumKeyword,
        ["export"] = SyntaxKind.ExportKeyword,
        ["extends"] = SyntaxKind.ExtendsKeyword,
        ["false"] = SyntaxKind.FalseKeyword,
        ["finally"] = SyntaxKind.FinallyKeyword,
        ["for"] = SyntaxKind.ForKeyword,
        ["function"] = SyntaxKind.FunctionKeyword,
        ["if"] = SyntaxKind.IfKeyword,
        ["import"] = SyntaxKind.ImportKeyword,
        ["in"] = SyntaxKind.InKeyword,
        ["instanceof"] = SyntaxKind.InstanceOfKeyword,
        ["new"] = SyntaxKind.NewKeyword,
        ["null"] = SyntaxKind.NullKeyword,
        ["return"] = SyntaxKind.ReturnKeyword,
        ["super"] = SyntaxKind.SuperKeyword,
        ["switch"] = SyntaxKind.SwitchKeyword,
        ["this"] = SyntaxKind.ThisKeyword,
        ["throw"] = SyntaxKind.ThrowKeyword,
        ["true"] = SyntaxKind.TrueKeyword,
        ["try"] = SyntaxKind.TryKeyword,
        ["typeof"] = SyntaxKind.TypeOfKeyword,
        ["var"] = SyntaxKind.VarKeyword,
        ["void"] = SyntaxKind.VoidKeyword,
        ["while"] = SyntaxKind.WhileKeyword,
        ["with"] = SyntaxKind.WithKeyword,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> ReservedWordsBySpan =
        ReservedWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string?[] Texts = BuildTexts();

    /// <summary>A fresh table of words for a lexer, holding the reserved words with their kinds.</summary>
    internal static Dictionary<string, SyntaxKind> NewWordTable()
    {
        var table = new Dictionary<string, SyntaxKind>(256, StringComparer.Ordinal);
        foreach (var (text, kind) in ReservedWords)
            table[text] = kind;
        return table;
    }

    /// <summary>The reserved word spelled <paramref name="text"/>, or <see cref="SyntaxKind.None"/>.</summary>
    public static SyntaxKind GetReservedWordKind(ReadOnlySpan<char> text) =>
        text.Length is >= 2 and <= 10 && ReservedWordsBySpan.TryGetValue(text, out var kind) ? kind : SyntaxKind.None;

    /// <summary>The fixed text of a punctuation or keyword kind; null for kinds whose text varies.</summary>
    public static string? GetText(SyntaxKind kind) => (int)kind < Texts.Length ? Texts[(int)kind] : null;

    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.BreakKeyword and <= SyntaxKind.WithKeyword;

    public static bool IsPunctuation(SyntaxKind kind) => kind is >= SyntaxKind.OpenBraceToken and <= SyntaxKind.QuestionQuestionEqualsToken;

    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.ShebangTrivia;

    public static bool IsToken(SyntaxKind kind) => kind is >= SyntaxKind.EndOfFileToken and <= SyntaxKind.WithKeyword;

    public static bool IsAssignmentOperator(SyntaxKind kind) =>
        kind is SyntaxKind.EqualsToken or (>= SyntaxKind.PlusEqualsToken and <= SyntaxKind.QuestionQuestionEqualsToken);

    private static string?[] BuildTexts()
    {
        var texts = new string?[(int)SyntaxKind.WithKeyword + 1];
        void Set(SyntaxKind kind, string text) => texts[(int)kind] = text;
        Set(SyntaxKind.OpenBraceToken, "{");
        Set(SyntaxKind.CloseBraceToken, "}");
        Set(SyntaxKind.OpenParenToken, "(");
        Set(SyntaxKind.CloseParenToken, ")");
        Set(SyntaxKind.OpenBracketToken, "[");
        Set(SyntaxKind.CloseBracketToken, "]");
        Set(SyntaxKind.DotToken, ".");
        Set(SyntaxKind.DotDotDotToken, "...");
        Set(SyntaxKind.SemicolonToken, ";");
        Set(SyntaxKind.CommaToken, ",");
        Set(SyntaxKind.LessThanToken, "<");
        Set(SyntaxKind.GreaterThanToken, ">");
        Set(SyntaxKind.LessThanEqualsToken, "<=");
        Set(SyntaxKind.GreaterThanEqualsToken, ">=");
        Set(SyntaxKind.EqualsEqualsToken, "==");
        Set(SyntaxKind.ExclamationEqualsToken, "!=");
        Set(SyntaxKind.EqualsEqualsEqualsToken, "===");
        Set(SyntaxKind.ExclamationEqualsEqualsToken, "!==");
        Set(SyntaxKind.EqualsGreaterThanToken, "=>");
        Set(SyntaxKind.PlusToken, "+");
        Set(SyntaxKind.MinusToken, "-");
        Set(SyntaxKind.AsteriskToken, "*");
        Set(SyntaxKind.AsteriskAsteriskToken, "**");
        Set(SyntaxKind.SlashToken, "/");
        Set(SyntaxKind.PercentToken, "%");
        Set(SyntaxKind.PlusPlusToken, "++");
        Set(SyntaxKind.MinusMinusToken, "--");
        Set(SyntaxKind.LessThanLessThanToken, "<<");
        Set(SyntaxKind.GreaterThanGreaterThanToken, ">>");
        Set(SyntaxKind.GreaterThanGreaterThanGreaterThanToken, ">>>");
        Set(SyntaxKind.AmpersandToken, "&");
        Set(SyntaxKind.BarToken, "|");
        Set(SyntaxKind.CaretToken, "^");
        Set(SyntaxKind.ExclamationToken, "!");
        Set(SyntaxKind.TildeToken, "~");
        Set(SyntaxKind.AmpersandAmpersandToken, "&&");
        Set(SyntaxKind.BarBarToken, "||");
        Set(SyntaxKind.QuestionQuestionToken, "??");
        Set(SyntaxKind.QuestionToken, "?");
        Set(SyntaxKind.QuestionDotToken, "?.");
        Set(SyntaxKind.ColonToken, ":");
        Set(SyntaxKind.AtToken, "@");
        Set(SyntaxKind.HashToken, "#");
        Set(SyntaxKind.EqualsToken, "=");
        Set(SyntaxKind.PlusEqualsToken, "+=");
        Set(SyntaxKind.MinusEqualsToken, "-=");
        Set(SyntaxKind.AsteriskEqualsToken, "*=");
        Set(SyntaxKind.AsteriskAsteriskEqualsToken, "**=");
        Set(SyntaxKind.SlashEqualsToken, "/=");
        Set(SyntaxKind.PercentEqualsToken, "%=");
        Set(SyntaxKind.LessThanLessThanEqualsToken, "<<=");
        Set(SyntaxKind.GreaterThanGreaterThanEqualsToken, ">>=");
        Set(SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ">>>=");
        Set(SyntaxKind.AmpersandEqualsToken, "&=");
        Set(SyntaxKind.BarEqualsToken, "|=");
        Set(SyntaxKind.CaretEqualsToken, "^=");
        Set(SyntaxKind.AmpersandAmpersandEqualsToken, "&&=");
        Set(SyntaxKind.BarBarEqualsToken, "||=");
        Set(SyntaxKind.QuestionQuestionEqualsToken, "??=");
        foreach (var (text, kind) in ReservedWords)
            Set(kind, text);
        return texts;
    }
}
