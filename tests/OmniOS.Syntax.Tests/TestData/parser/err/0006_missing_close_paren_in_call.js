console.log(foo(1, 2);
const after = 1;
