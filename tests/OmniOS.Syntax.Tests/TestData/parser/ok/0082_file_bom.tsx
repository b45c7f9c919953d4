const greeting = <p>Hello</p>;
export default greeting;
