const ratio = a / b / c;
x = /re/g.test(s);
const half = (a + b) / 2;
const third = arr[0] / 3;
const matches = s.replace(/\s+/g, ' ').split(/,/);
let n = 10;
n /= 2;
if (/^a/.test(s)) n = n / 2 / 1;
const r = [/a/, /b/i];
const call = f(/x/);
const t = typeof /re/;
if (ok) /re/.test(s);
{}
/block/.test(s);
const afterParen = (n) / 2;
