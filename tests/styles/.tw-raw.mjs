import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { compile } = await import('tailwindcss');
const themeCssPath = require.resolve('tailwindcss/theme.css');
const compiler = await compile(`@import "tailwindcss/theme.css" layer(theme);\n@tailwind utilities;\n`, {
  base: '.', polyfills: 0,
  loadStylesheet: async (id, base) => ({ path: themeCssPath, base, content: fs.readFileSync(themeCssPath, 'utf8') }),
});
const css = compiler.build(process.argv.slice(2));
console.log(css.slice(css.indexOf('@layer utilities') >= 0 ? css.indexOf('@layer utilities') : 0));
