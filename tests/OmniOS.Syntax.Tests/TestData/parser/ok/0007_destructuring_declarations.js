const { a, b: renamed, c = 1, d: { e, f: [g] } = {}, ...rest } = obj;
let [first, , third = 3, [nested], { deep }, ...others] = list;
var { ['computed' + key]: value } = obj;
const { 'string-key': s, 0: zero } = obj;
const [{ x } = {}] = [];
