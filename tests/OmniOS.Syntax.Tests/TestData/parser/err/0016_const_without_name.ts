const = 5;
const after = 1;
