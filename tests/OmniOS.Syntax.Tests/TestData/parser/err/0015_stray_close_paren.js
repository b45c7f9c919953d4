const x = a + b);
const after = 1;
