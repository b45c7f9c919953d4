if (x
const after = 1;
