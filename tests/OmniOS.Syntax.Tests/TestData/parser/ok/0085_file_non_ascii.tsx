const café = 'naïve résumé';
const 名前 = "日本語のテキスト";
const emoji = '😀 and 👍🏽';
const el = (
  <p title="Grüße 🎉">
    Ünïcödé text, 中文, русский и emoji 🚀 here
  </p>
);
const t = `template 🙂 ${café}`;
