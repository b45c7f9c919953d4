namespace Shapes
const after = 1;
declare module 'ambient';
