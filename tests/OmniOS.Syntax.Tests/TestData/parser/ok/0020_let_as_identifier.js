var let = 1;
let = 2;
let + 1;
let
in_ = 3;
var obj = { let: 1 };
obj.let = let;
