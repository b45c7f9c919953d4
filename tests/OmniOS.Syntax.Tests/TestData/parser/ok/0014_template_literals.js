const plain = `no substitutions`;
const simple = `Hello ${name}!`;
const many = `${a} and ${b} and ${c}`;
const nested = `outer ${`inner ${deep} text`} end`;
const withObject = `value: ${JSON.stringify({ a: 1, b: { c: 2 } })}`;
const withBlock = `${(() => { return 1; })()}`;
const tagged = css`color: ${color};`;
const taggedMember = styled.div`margin: 0;`;
const multi = `line one
line two`;
const escaped = `\` \${not} \\`;
