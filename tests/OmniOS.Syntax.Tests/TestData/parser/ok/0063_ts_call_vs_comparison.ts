f<T>(x);
// TypeScript reads 'a < b > (c)' as a call with type arguments, as Babel does.
a < b > (c);
f<T>
(x);
// A '>' touching '=' is '>=': a comparison, not type arguments.
g < h >= i;
j<k>l;
m<n>(o)<p>(q);
