const a = <p>Fish &amp; chips &#123; &#x1F600; &nbsp;&copy; &lt;tag&gt;</p>;
const b = <p title="&quot;quoted&quot; &amp; more">x</p>;
const c = <p>AT&T and a & alone; R&D</p>;
