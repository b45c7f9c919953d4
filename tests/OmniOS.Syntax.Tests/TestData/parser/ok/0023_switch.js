switch (action.type) {
  case 'add':
    count++;
    break;
  case 'remove': {
    count--;
    break;
  }
  case 'a':
  case 'b':
  default:
    reset();
}
switch (x) {}
