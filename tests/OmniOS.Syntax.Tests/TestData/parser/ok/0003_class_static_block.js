class Config {
  static defaults;
  static {
    Config.defaults = { debug: false };
  }
  static {}
  static
  other = 1;
}
