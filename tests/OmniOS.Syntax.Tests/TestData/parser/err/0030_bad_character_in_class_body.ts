class Panel {
  width = 1 ¤
  height = 2;
}
const after = 1;
