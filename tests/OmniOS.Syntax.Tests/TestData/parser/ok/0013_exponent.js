const square = x ** 2;
const tower = 2 ** 3 ** 2;
const neg = (-2) ** 2;
let p = 2;
p **= 3;
const mixed = 2 * 3 ** 2;
