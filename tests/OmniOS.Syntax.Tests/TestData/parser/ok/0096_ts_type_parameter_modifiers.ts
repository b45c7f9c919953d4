interface Producer<out T> {}
interface Consumer<in T> {}
interface Both<in out T> {}
class Box<const in T> {}
class Swapped<in const T> {}
function literal<const T extends readonly unknown[]>(x: T): T {
  return x;
}
type Fn = <const T>(x: T) => T;
