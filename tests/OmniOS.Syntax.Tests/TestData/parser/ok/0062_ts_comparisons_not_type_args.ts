if (a < b && c > d) {}
x = a < b;
y = a < b || c > d;
const z = a < (b) && c >= d;
const w = i < n;
for (let i = 0; i < len; i++) {}
const s = a < b ? c : d;
const t = x < y > z;
