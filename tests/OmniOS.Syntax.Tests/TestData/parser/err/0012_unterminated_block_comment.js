const before = 1;
/* this comment never ends
const after = 1;
