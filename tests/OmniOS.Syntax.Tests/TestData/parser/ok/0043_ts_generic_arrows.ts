const identity = <T>(x: T) => x;
const pair = <A, B>(a: A, b: B): [A, B] => [a, b];
const constrained = <T extends object = {}>(value: T): T => value;
const asyncGeneric = async <T>(x: T): Promise<T> => x;
const constParam = <const T extends readonly unknown[]>(x: T) => x;
