const el = (
  <div>
    {user.name
  </div>
);
const after = 1;
