function parse(x: string): number;
function parse(x: number): string;
function parse(x: any) {
  return x;
}
export function load(url: string): Promise<void>;
export function load(url: string, retries?: number) {
  return Promise.resolve();
}
class C {
  method(x: string): void;
  method(x: number): void;
  method(x: any) {}
  constructor(a: string);
  constructor(a: any) {}
}
