const style = { color: 'red',
const after = 1;
