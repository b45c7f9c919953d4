function greet(name?: string, greeting = 'hi', ...rest: string[]): string {
  return greeting + name;
}
const f = (a?: number, b?: number) => a;
class C {
  method(x?: number): void {}
}
type Fn = (a?: string) => void;
