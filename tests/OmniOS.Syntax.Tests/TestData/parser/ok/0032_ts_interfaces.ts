interface Point {
  x: number;
  y: number
}
interface Point3D extends Point, Serializable {
  z: number,
  readonly id: string;
  label?: string;
  readonly tags?: readonly string[];
}
interface Generic<T, U extends keyof T = keyof T> extends Base<T> {
  value: T[U];
}
export interface Props {
  children?: React.ReactNode
  onClick(event: MouseEvent): void
}
