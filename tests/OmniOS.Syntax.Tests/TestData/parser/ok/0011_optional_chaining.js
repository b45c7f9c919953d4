const a = obj?.prop;
const b = obj?.[index];
const c = fn?.(arg);
const d = obj?.deep?.method?.(1)?.[2];
const e = obj?.a.b.c;
const f = cond?.5:6;
