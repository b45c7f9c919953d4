class Base {
  accessor count = 0;
  static accessor shared: string;
  private accessor secret = '';
  method(): void {}
}
class Derived extends Base {
  override method(): void {}
  public override readonly x = 1;
  protected override accessor y = 2;
  accessor;
  override = 3;
}
