const a = 1 § 2;
const after = 1;
