const a = (
  <div>
    <>
      <span>one</span>
  </div>
);
const after = 1;
