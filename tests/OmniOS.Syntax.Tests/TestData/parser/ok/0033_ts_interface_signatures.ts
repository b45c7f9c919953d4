interface Callable {
  (x: number): string;
  <T>(x: T): T;
  new (x: number): Callable;
  new <T>(x: T): Callable;
  [key: string]: unknown;
  readonly [index: number]: string;
  method(): void;
  method?<T>(x: T): T;
  get size(): number;
  set size(value: number);
  'quoted-name': string;
  42: number;
  [Symbol.iterator](): Iterator<string>;
}
