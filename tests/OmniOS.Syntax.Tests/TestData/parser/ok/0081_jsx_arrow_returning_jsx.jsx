const A = () => <div />;
const B = ({ children }) => <>{children}</>;
const C = async x => <p>{await x}</p>;
export const D = function () { return <span>d</span>; };
