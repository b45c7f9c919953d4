const a = async x => x;
const b = async (a) => a;
const c = async () => {};
const d = async ({ id }, ...rest) => id;
const e = async => async;
const f = async(x);
const g = async;
items.map(async (item) => await save(item));
