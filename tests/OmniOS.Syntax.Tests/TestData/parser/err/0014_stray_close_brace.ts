const before = 1;
}
const after = 1;
