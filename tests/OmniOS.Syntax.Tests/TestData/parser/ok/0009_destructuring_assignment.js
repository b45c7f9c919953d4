let a, b, rest;
[a, b] = [b, a];
({ a, b: rest } = obj);
({ a = 1, ...rest } = obj);
[a, [b], { c: obj.prop }, ...rest] = list;
for ({ a, b } of pairs);
for ([a, b] of pairs);
