type Partial2<T> = { [K in keyof T]?: T[K] };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Frozen<T> = { +readonly [K in keyof T]+?: T[K] };
type Required2<T> = { [K in keyof T]-?: T[K] };
type Getters<T> = {
  [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K];
};
type Filter<T> = { [K in keyof T as T[K] extends Function ? never : K]: T[K] };
type Keys = { [K in 'a' | 'b']: K };
