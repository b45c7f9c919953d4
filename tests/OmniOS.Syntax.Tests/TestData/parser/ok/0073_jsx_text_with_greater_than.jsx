const a = <p>a &gt; b and {'>'} too</p>;
