const s = 'unterminated;
const after = 1;
