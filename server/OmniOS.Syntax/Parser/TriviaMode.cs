namespace OmniOS.Syntax.Parser;

/// <summary>How a consumed token ends.</summary>
internal enum TriviaMode
{
    /// <summary>The token owns the trivia after it up to and including the end of its line.</summary>
    Normal,

    /// <summary>No trailing trivia: the token is followed by JSX text, where whitespace and "//" are text.</summary>
    None,
}
