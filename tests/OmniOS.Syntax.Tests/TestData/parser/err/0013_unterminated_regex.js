const r = /abc;
const after = 1;
