const el = (
  <ul>
    <li className="a"
    <li>b</li>
  </ul>
);
const after = 1;
