const a = 'it\'s';
const b = "say \"hi\"";
const c = '\u{1F600} \u00e9 \x41 \n\t\\';
const d = 'line \
continued';
const e = /[\p{L}--\p{N}]/v;
const f = `\u{61}${'}'}\${}`;
