function f() {
  return
  value;
}
function g() {
  return (
    value
  )
}
function h() { return }
