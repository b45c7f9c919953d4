a < b > (c);
f < T > (x);
const ok = a < b && c > d;
