function isString(x: unknown): x is string {
  return typeof x === 'string';
}
function assert(value: unknown, message?: string): asserts value {}
function assertIsDefined<T>(x: T): asserts x is NonNullable<T> {}
class Node2 {
  isLeaf(): this is Leaf { return false; }
  assertLeaf(): asserts this is Leaf {}
}
const guard = (x: any): x is number => true;
type Guard = (x: unknown) => x is string;
