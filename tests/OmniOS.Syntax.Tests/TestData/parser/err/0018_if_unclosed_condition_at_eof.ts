const before = 1;
if (x