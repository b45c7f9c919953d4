const a = <></>;
const b = (
  <>
    <A />
    <>
      <B />
      <></>
    </>
    text
  </>
);
