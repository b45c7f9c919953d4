const f = (a, b) =>
const after = 1;
