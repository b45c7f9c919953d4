type IsString<T> = T extends string ? true : false;
type Unwrap<T> = T extends Promise<infer U> ? Unwrap<U> : T;
type First<T> = T extends [infer H, ...infer _] ? H : never;
type OnlyStrings<T> = T extends [infer S extends string, ...unknown[]] ? S : never;
type Fn<T> = T extends (...args: infer A) => infer R ? [A, R] : never;
type Nested<T> = T extends string
  ? 'string'
  : T extends number
    ? 'number'
    : 'other';
type Distribute<T> = [T] extends [never] ? true : false;
