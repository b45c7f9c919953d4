class Builder {
  set(key: string): this {
    return this;
  }
  clone(this: Builder): this {
    return this;
  }
}
interface Chain {
  next(): this;
  self: this['next'];
}
function handler(this: HTMLElement, ev: Event) {}
type T = typeof this;
