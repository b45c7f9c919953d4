const merged = { ...defaults, ...options, extra: true };
const all = [...first, ...second, 3];
call(...args, last);
new Thing(...args);
const copy = [...'text'];
