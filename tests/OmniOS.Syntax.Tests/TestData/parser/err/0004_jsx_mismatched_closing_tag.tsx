const a = (
  <div>
    <span>text</p>
  </div>
);
const after = 1;
