const a = 1;
const b = <div>
  text
</div>;
if (a) {
  b;
}