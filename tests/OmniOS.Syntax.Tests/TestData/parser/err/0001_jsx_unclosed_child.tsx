const a = <div>
  <span>
</div>;
const b = 1;
