abstract class Shape {
  abstract area(): number;
  abstract readonly name: string;
  protected abstract get kind(): string;
  describe(): string {
    return `${this.name}: ${this.area()}`;
  }
}
export abstract class Base<T> implements Comparable<T>, Printable {}
export default abstract class DefaultBase {}
