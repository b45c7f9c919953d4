const before = 1;
const t = `unterminated ${before} text
const after = 1;
