// TODO: tsc and Babel 8 reject a raw '>' or '}' in JSX text ("did you mean &gt; or {'>'}?");
// Babel 7.29, the corpus oracle, accepts both, and so do we: the lexer reads JSX text without
// reporting them.
const a = <p>a > b } c</p>;
