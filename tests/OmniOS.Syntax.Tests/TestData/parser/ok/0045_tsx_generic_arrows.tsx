const a = <T,>() => {};
const b = <T extends unknown>(x: T) => x;
const c = <T, U>(x: T, y: U) => [x, y];
const d = <T extends Record<string, unknown>>(props: T) => <div {...props} />;
const e = async <T,>(x: T): Promise<T> => x;
const f = <const T,>(x: T) => x;
