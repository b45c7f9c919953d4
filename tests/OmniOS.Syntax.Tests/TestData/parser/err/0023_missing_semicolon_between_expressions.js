a b
const after = 1;
