// Tailwind's own stylesheets, bundled as text (esbuild's text loader for .css in the worker's build).
declare module "tailwindcss/*.css" {
  const css: string;
  export default css;
}
