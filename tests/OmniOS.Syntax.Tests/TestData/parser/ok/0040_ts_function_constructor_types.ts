type Fn = (a: string, b?: number) => void;
type Generic = <T>(x: T) => T;
type Ctor = new (...args: any[]) => object;
type AbstractCtor = abstract new () => object;
type GenericCtor = new <T>(value: T) => Box<T>;
type Curried = (a: number) => (b: number) => number;
type ThisParam = (this: Window, ev: Event) => any;
type Union = (() => void) | null;
type Destructured = ({ a, b }: Props, [c]: [number]) => void;
