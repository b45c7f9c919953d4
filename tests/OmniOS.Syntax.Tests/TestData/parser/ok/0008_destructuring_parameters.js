function draw({ x = 0, y = 0, size: { w, h } = {} } = {}, [r, g, b] = [], ...extra) {}
const area = ({ w, h }) => w * h;
const head = ([first, ...tail]) => first;
const withDefault = ({ a } = { a: 1 }, b = a) => b;
class P { constructor({ id }, [n]) {} }
