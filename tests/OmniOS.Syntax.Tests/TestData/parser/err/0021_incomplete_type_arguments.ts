let x: Map<string,
const after = 1;
