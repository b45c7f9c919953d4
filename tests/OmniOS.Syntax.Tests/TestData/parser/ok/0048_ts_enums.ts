enum Color {
  Red,
  Green = 'green',
  Blue = 1 << 2,
  'Quoted' = 5,
}
const enum Direction { Up = 1, Down, Left, Right }
declare enum Ambient { A }
export enum Empty {}
export const enum Flags { None = 0, All = ~0 }
