const before = 1;
const el = <div className=
