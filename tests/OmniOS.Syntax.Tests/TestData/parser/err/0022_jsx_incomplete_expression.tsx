const el = <div>{a &&}</div>;
const after = 1;
