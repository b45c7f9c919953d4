declare module 'untyped-lib' {
  export function run(): void;
  const value: number;
  export default value;
}
declare module 'shorthand';
declare global {
  interface Window {
    app: App;
  }
}
declare const VERSION: string;
declare let mutable: number;
declare var legacy: any;
declare function ambient(x: number): string;
declare class Ambient {
  method(): void;
}
export {};
