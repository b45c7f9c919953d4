// Writes utilities.txt: the classes the Tailwind oracle compiles and OmniOS.Styles must agree on.
//
//   node tests/styles/generate-utilities.mjs
//
// The list is generated systematically — each family of utilities × representative values, then
// a base set × variants — and committed, so a change to it shows in review. A few classes that
// Tailwind does not know are included on purpose: both sides must report them as unknown (null).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = [];
const add = (...classes) => out.push(...classes.flat());
const cross = (prefixes, values) => prefixes.flatMap((p) => values.map((v) => (v === '' ? p : `${p}-${v}`)));

// ---- layout ------------------------------------------------------------------------------------
add('block inline-block inline flex inline-flex grid inline-grid hidden contents flow-root table table-row table-cell list-item'.split(' '));
add('static fixed absolute relative sticky'.split(' '));
const insetValues = ['0', 'px', '0.5', '1', '2', '4', '8', '1/2', '1/3', 'full', 'auto', '[3px]', '[10%]'];
add(cross(['inset', 'inset-x', 'inset-y', 'top', 'right', 'bottom', 'left', 'start', 'end'], insetValues));
add(cross(['-inset', '-top', '-left', '-right', '-bottom', '-inset-x'], ['1', '4', 'px', '1/2', 'full']));
add('z-0 z-10 z-20 z-30 z-40 z-50 z-auto -z-10 z-[100] z-5'.split(' '));
add(cross(['overflow', 'overflow-x', 'overflow-y'], ['auto', 'hidden', 'clip', 'visible', 'scroll']));
add('visible invisible collapse box-border box-content isolate isolation-auto'.split(' '));
add('float-left float-right float-none float-start float-end clear-left clear-right clear-both clear-none'.split(' '));
add(cross(['object'], ['contain', 'cover', 'fill', 'none', 'scale-down', 'center', 'top', 'bottom']));
add('aspect-square aspect-video aspect-auto aspect-[4/3] aspect-3/2'.split(' '));

// ---- flexbox and grid --------------------------------------------------------------------------
add('flex-row flex-row-reverse flex-col flex-col-reverse flex-wrap flex-wrap-reverse flex-nowrap'.split(' '));
add('flex-1 flex-auto flex-initial flex-none flex-2 flex-[2_2_0%] flex-1/2'.split(' '));
add('grow grow-0 grow-2 grow-[3] shrink shrink-0 shrink-2'.split(' '));
add(cross(['basis'], ['0', 'px', '1', '4', '12', '1/2', '1/3', '2/3', 'full', 'auto', 'xs', 'md', '3xl', '[30%]']));
add(cross(['order'], ['1', '2', '3', '6', '12', 'first', 'last', 'none', '[7]']));
add('-order-1 -order-2'.split(' '));
add(cross(['grid-cols', 'grid-rows'], ['1', '2', '3', '4', '5', '6', '12', 'none', 'subgrid', '[200px_1fr]']));
add(cross(['col-span', 'row-span'], ['1', '2', '3', '4', '6', '12', 'full']));
add(cross(['col-start', 'col-end', 'row-start', 'row-end'], ['1', '2', '3', '7', '13', 'auto']));
add('col-auto row-auto -col-start-1'.split(' '));
add(cross(['grid-flow'], ['row', 'col', 'dense', 'row-dense', 'col-dense']));
add(cross(['auto-cols', 'auto-rows'], ['auto', 'min', 'max', 'fr']));
const gapValues = ['0', 'px', '0.5', '1', '1.5', '2', '3', '4', '5', '6', '8', '10', '12', '16', '[10px]'];
add(cross(['gap', 'gap-x', 'gap-y'], gapValues));
add(cross(['justify'], ['start', 'end', 'center', 'between', 'around', 'evenly', 'stretch', 'normal', 'baseline']));
add(cross(['justify-items', 'justify-self'], ['start', 'end', 'center', 'stretch', 'auto']));
add(cross(['content'], ['center', 'start', 'end', 'between', 'around', 'evenly', 'stretch', 'normal', 'baseline']));
add(cross(['items'], ['start', 'end', 'center', 'baseline', 'stretch']));
add(cross(['self'], ['auto', 'start', 'end', 'center', 'stretch', 'baseline']));
add(cross(['place-content'], ['center', 'start', 'end', 'between', 'around', 'evenly', 'stretch', 'baseline']));
add(cross(['place-items', 'place-self'], ['start', 'end', 'center', 'stretch', 'baseline', 'auto']));

// ---- spacing -----------------------------------------------------------------------------------
const spacing = ['0', 'px', '0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4', '5', '6', '7', '8', '9', '10', '11', '12', '14', '16', '20', '24', '28', '32', '36', '40', '48', '56', '64', '72', '80', '96', '13', '[23px]', '[5%]', '[1.25rem]'];
add(cross(['p', 'px', 'py', 'pt', 'pr', 'pb', 'pl', 'ps', 'pe'], spacing));
add(cross(['m', 'mx', 'my', 'mt', 'mr', 'mb', 'ml', 'ms', 'me'], [...spacing, 'auto']));
add(cross(['-m', '-mx', '-my', '-mt', '-mr', '-mb', '-ml'], ['px', '0.5', '1', '2', '4', '8', '12', '[3px]']));
add(cross(['space-x', 'space-y'], ['0', 'px', '1', '2', '4', '6', '8', '12', '[7px]']));
add(cross(['-space-x', '-space-y'], ['1', '2', '4']));
add('space-x-reverse space-y-reverse'.split(' '));

// ---- sizing ------------------------------------------------------------------------------------
const sizes = ['0', 'px', '0.5', '1', '2', '4', '8', '12', '16', '24', '32', '48', '64', '80', '96', '1/2', '1/3', '2/3', '1/4', '3/4', '2/5', '5/6', 'full', 'screen', 'svw', 'dvh', 'min', 'max', 'fit', 'auto', '[23px]', '[calc(100%-2rem)]', '[50vw]'];
add(cross(['w', 'h', 'size'], sizes));
add(cross(['min-w', 'min-h', 'max-w', 'max-h'], ['0', 'px', '4', '16', '64', 'full', 'screen', 'min', 'max', 'fit', 'none', 'auto', '1/2', '[200px]']));
add(cross(['w', 'max-w', 'min-w'], ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl', '6xl', '7xl', 'prose']));
add('h-svh h-lvh h-dvh min-h-svh min-h-dvh w-dvw h-lh'.split(' '));

// ---- typography --------------------------------------------------------------------------------
const textSizes = ['xs', 'sm', 'base', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl', '6xl', '7xl', '8xl', '9xl'];
add(cross(['text'], textSizes));
add('text-sm/6 text-lg/7 text-base/loose text-xl/[1.1] text-[14px] text-[2rem] text-[length:13px]'.split(' '));
add(cross(['font'], ['thin', 'extralight', 'light', 'normal', 'medium', 'semibold', 'bold', 'extrabold', 'black', 'sans', 'serif', 'mono', '[550]']));
add(cross(['tracking'], ['tighter', 'tight', 'normal', 'wide', 'wider', 'widest', '[0.2em]']));
add('-tracking-wide'.split(' '));
add(cross(['leading'], ['none', 'tight', 'snug', 'normal', 'relaxed', 'loose', '3', '4', '5', '6', '7', '8', '9', '10', '[1.2]', '[20px]']));
add(cross(['text'], ['left', 'center', 'right', 'justify', 'start', 'end']));
add('underline overline line-through no-underline uppercase lowercase capitalize normal-case italic not-italic'.split(' '));
add('truncate text-ellipsis text-clip antialiased subpixel-antialiased break-normal break-words break-all break-keep'.split(' '));
add(cross(['whitespace'], ['normal', 'nowrap', 'pre', 'pre-line', 'pre-wrap', 'break-spaces']));
add(cross(['text'], ['wrap', 'nowrap', 'balance', 'pretty']));
add(cross(['decoration'], ['solid', 'double', 'dotted', 'dashed', 'wavy', '0', '1', '2', '4', '8', 'auto', 'from-font', 'red-500', 'sky-600', 'current', '[3px]']));
add(cross(['underline-offset'], ['0', '1', '2', '4', '8', 'auto', '[3px]']));
add(cross(['indent'], ['0', 'px', '2', '4', '8', '[10%]']));
add('-indent-4'.split(' '));
add(cross(['align'], ['baseline', 'top', 'middle', 'bottom', 'text-top', 'text-bottom', 'sub', 'super']));
add(cross(['list'], ['disc', 'decimal', 'none', 'inside', 'outside']));
add(cross(['line-clamp'], ['1', '2', '3', '6', 'none']));

// ---- colours (text, backgrounds, borders, decoration) -----------------------------------------
const palettes = ['slate', 'gray', 'zinc', 'neutral', 'stone', 'red', 'orange', 'amber', 'yellow', 'lime', 'green', 'emerald', 'teal', 'cyan', 'sky', 'blue', 'indigo', 'violet', 'purple', 'fuchsia', 'pink', 'rose', 'mauve', 'olive', 'mist', 'taupe'];
const shades = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900', '950'];
add(palettes.flatMap((p) => shades.map((s) => `bg-${p}-${s}`)));
add(palettes.flatMap((p) => ['300', '500', '700', '900'].map((s) => `text-${p}-${s}`)));
add(palettes.flatMap((p) => ['200', '500', '800'].map((s) => `border-${p}-${s}`)));
const specialColors = ['black', 'white', 'transparent', 'current', 'inherit'];
add(cross(['bg', 'text', 'border'], specialColors));
add('bg-black/50 bg-white/10 bg-red-500/25 bg-blue-600/75 bg-slate-900/0 bg-emerald-400/100 bg-sky-500/[0.37] bg-black/[15%] text-white/80 text-gray-900/60 border-black/5 border-red-500/30'.split(' '));
add('bg-[#0af] bg-[#1e293b] bg-[rgb(10,20,30)] bg-[#0af]/50 text-[#333] text-[rgb(255_0_0)] border-[#ccc] bg-[color:var(--brand)]'.split(' '));
add('bg-fixed bg-local bg-scroll bg-cover bg-contain bg-auto bg-center bg-top bg-bottom bg-left bg-right bg-no-repeat bg-repeat bg-repeat-x bg-repeat-y bg-none bg-clip-text bg-clip-border bg-clip-padding bg-origin-border'.split(' '));

// ---- borders -----------------------------------------------------------------------------------
add(cross(['border', 'border-x', 'border-y', 'border-t', 'border-r', 'border-b', 'border-l', 'border-s', 'border-e'], ['', '0', '2', '4', '8', '[3px]']));
add(cross(['border'], ['solid', 'dashed', 'dotted', 'double', 'hidden', 'none']));
const radii = ['', 'none', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', 'full', '[12px]'];
add(cross(['rounded', 'rounded-t', 'rounded-r', 'rounded-b', 'rounded-l', 'rounded-tl', 'rounded-tr', 'rounded-br', 'rounded-bl', 'rounded-s', 'rounded-e', 'rounded-ss', 'rounded-se', 'rounded-ee', 'rounded-es'], radii));
add('outline-none outline-hidden outline outline-0 outline-1 outline-2 outline-4 outline-dashed outline-dotted outline-double outline-offset-0 outline-offset-2 outline-offset-4 outline-red-500 outline-white'.split(' '));

// ---- effects -----------------------------------------------------------------------------------
add('shadow shadow-2xs shadow-xs shadow-sm shadow-md shadow-lg shadow-xl shadow-2xl shadow-none shadow-inner shadow-[0_0_10px_red]'.split(' '));
add('inset-shadow-2xs inset-shadow-xs inset-shadow-sm inset-shadow-none'.split(' '));
add('ring ring-0 ring-1 ring-2 ring-4 ring-8 ring-inset inset-ring inset-ring-2'.split(' '));
add(cross(['opacity'], ['0', '5', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '90', '95', '100', '[.37]', '15', '33']));
add(cross(['mix-blend'], ['normal', 'multiply', 'screen', 'overlay', 'darken']));
add(cross(['cursor'], ['auto', 'default', 'pointer', 'wait', 'text', 'move', 'not-allowed', 'grab', 'help', 'none']));
add('pointer-events-none pointer-events-auto select-none select-text select-all select-auto resize resize-none resize-x resize-y'.split(' '));

// ---- transforms --------------------------------------------------------------------------------
const translate = ['0', 'px', '0.5', '1', '2', '4', '8', '16', '1/2', '1/3', 'full', '[10px]', '[5%]'];
add(cross(['translate-x', 'translate-y', 'translate'], translate));
add(cross(['-translate-x', '-translate-y'], ['1', '4', '1/2', 'full', 'px']));
add(cross(['rotate'], ['0', '1', '2', '3', '6', '12', '45', '90', '180', '[17deg]']));
add(cross(['-rotate'], ['1', '45', '90', '180']));
add(cross(['scale', 'scale-x', 'scale-y'], ['0', '50', '75', '90', '95', '100', '105', '110', '125', '150', '[1.7]']));
add('-scale-x-100 -scale-100'.split(' '));
add(cross(['skew-x', 'skew-y'], ['0', '1', '2', '3', '6', '12']));
add('-skew-x-6 transform-none transform-gpu transform-cpu'.split(' '));
add(cross(['origin'], ['center', 'top', 'top-right', 'right', 'bottom-right', 'bottom', 'bottom-left', 'left', 'top-left', '[33%_75%]']));

// ---- transitions -------------------------------------------------------------------------------
add('transition transition-none transition-all transition-colors transition-opacity transition-shadow transition-transform'.split(' '));
add(cross(['duration', 'delay'], ['0', '75', '100', '150', '200', '300', '500', '700', '1000', '[2s]']));
add(cross(['ease'], ['linear', 'in', 'out', 'in-out', 'initial', '[cubic-bezier(0.95,0.05,0.795,0.035)]']));

// ---- more layout, flexbox and grid ----------------------------------------------------------------
add('sr-only not-sr-only inline-table table-caption table-column table-column-group table-footer-group table-header-group table-row-group'.split(' '));
add(cross(['overscroll', 'overscroll-x', 'overscroll-y'], ['auto', 'contain', 'none']));
add('object-left-top object-top-left object-right-bottom object-[25%_75%] columns-2 columns-3 columns-xs columns-[10rem] columns-auto box-decoration-clone box-decoration-slice'.split(' '));
add('break-after-page break-inside-avoid break-before-column float-start clear-start clear-both inset-s-4 inset-e-4 start-full -z-10 -z-0'.split(' '));
add('flex-initial flex-3 order-last order-none col-3 col-[1/3] col-span-[3] row-[span_2] auto-cols-fr auto-rows-fr auto-rows-min grid-flow-dense'.split(' '));
add('justify-center-safe justify-end-safe items-baseline-last self-baseline-last items-center-safe place-self-auto justify-items-normal grid-cols-[repeat(3,1fr)] grid-cols-(--cols)'.split(' '));
add('max-w-screen-sm max-w-screen-md max-w-screen-xl h-dvw h-lvw w-lvw w-svh min-h-lh max-h-lh max-h-dvh min-w-svw size-svh basis-px basis-3xl'.split(' '));

// ---- more typography ------------------------------------------------------------------------------
add('font-stretch-condensed font-stretch-expanded tabular-nums oldstyle-nums slashed-zero normal-nums wrap-break-word wrap-anywhere wrap-normal'.split(' '));
add('hyphens-none hyphens-auto list-image-none list-[square] line-clamp-[3] content-none placeholder-red-500 placeholder-gray-400 caret-red-500 accent-blue-600'.split(' '));
add('fill-none fill-current fill-red-500 fill-black/50 fill-[#0af] stroke-none stroke-current stroke-blue-500 stroke-white/25 stroke-[#0af] stroke-0 stroke-1 stroke-2 stroke-[1.5] stroke-[3px] stroke-[10%]'.split(' '));
add('text-xs/none text-base/[20px] font-[Inter] font-["Inter",sans-serif] font-(--weight) text-(--fg) text-[color:red] align-[4px] -underline-offset-2 decoration-[#f00] decoration-2'.split(' '));
add('text-shadow-2xs text-shadow-xs text-shadow-sm text-shadow-md text-shadow-lg text-shadow-none text-shadow-red-500 text-shadow-[0_1px_2px_black]'.split(' '));

// ---- gradients ---------------------------------------------------------------------------------
add(cross(['bg-linear-to', 'bg-gradient-to'], ['t', 'tr', 'r', 'br', 'b', 'bl', 'l', 'tl']));
add('bg-linear-45 bg-linear-90 -bg-linear-45 bg-radial bg-conic bg-conic-180 bg-linear-[25deg,red_5%,yellow_60%] bg-radial-[at_25%_25%]'.split(' '));
add(cross(['from', 'via', 'to'], ['red-500', 'blue-500', 'white', 'transparent', 'black/50', '[#f00]', '10%', '50%', '90%', '[20px]']));
add('bg-[url(/hero.png)] bg-[linear-gradient(red,blue)] bg-[image:var(--img)] bg-[length:200px_100px] bg-size-[auto_100px] bg-position-[center] bg-[center_top_1rem] bg-repeat-round bg-repeat-space bg-clip-content bg-origin-padding bg-origin-content bg-bottom-right'.split(' '));
add(cross(['bg-blend', 'mix-blend'], ['multiply', 'screen', 'color-dodge', 'luminosity']));

// ---- more borders, rings, outlines, dividers ----------------------------------------------------
add('border-x-red-500 border-t-blue-500 border-b-black/10 border-(--line) border-[var(--line)] border-bs-2 border-be border-x-[3px]'.split(' '));
add('ring-offset-0 ring-offset-2 ring-offset-4 ring-offset-white ring-offset-red-500 ring-red-500 ring-blue-500/50 ring-[3px] ring-white inset-ring-red-500'.split(' '));
add('outline-solid outline-8 outline-[3px] outline-(--ring) outline-offset-[3px] -outline-offset-2 outline-blue-500/50'.split(' '));
add('divide-x divide-y divide-x-2 divide-y-4 divide-x-reverse divide-y-reverse divide-red-500 divide-dashed divide-gray-200'.split(' '));

// ---- filters -----------------------------------------------------------------------------------
add('blur blur-none blur-xs blur-sm blur-md blur-lg blur-xl blur-2xl blur-3xl blur-[2px] filter-none'.split(' '));
add(cross(['brightness', 'contrast', 'saturate'], ['0', '50', '100', '150', '[1.75]']));
add('grayscale grayscale-0 grayscale-50 invert invert-0 sepia sepia-0 hue-rotate-15 hue-rotate-90 -hue-rotate-15 hue-rotate-[45deg]'.split(' '));
add('drop-shadow drop-shadow-xs drop-shadow-sm drop-shadow-md drop-shadow-lg drop-shadow-xl drop-shadow-2xl drop-shadow-none drop-shadow-red-500 drop-shadow-[0_4px_8px_black]'.split(' '));
add('backdrop-blur backdrop-blur-sm backdrop-blur-lg backdrop-brightness-50 backdrop-contrast-125 backdrop-grayscale backdrop-invert backdrop-opacity-50 backdrop-saturate-150 backdrop-sepia backdrop-hue-rotate-30 backdrop-filter-none'.split(' '));
add('shadow-red-500 shadow-black/50 inset-shadow-red-500 shadow-[inset_0_1px_0_white] opacity-(--o)'.split(' '));

// ---- more transforms, transitions, interactivity ------------------------------------------------
add('translate-none translate-z-4 rotate-x-45 rotate-y-12 -rotate-z-6 rotate-none scale-none scale-z-50 skew-6 skew-[3deg] perspective-near perspective-distant perspective-none backface-hidden backface-visible'.split(' '));
add('transition-[height] transition-[opacity,transform] transition-discrete transition-normal duration-initial delay-[150ms] ease-[steps(4)]'.split(' '));
add('animate-spin animate-ping animate-pulse animate-bounce animate-none will-change-auto will-change-scroll will-change-transform will-change-[top,left]'.split(' '));
add('scroll-smooth scroll-auto appearance-none appearance-auto touch-none touch-auto touch-manipulation scheme-dark scheme-light-dark field-sizing-content cursor-grabbing cursor-zoom-in cursor-[url(x.png),auto]'.split(' '));
add('[mask-type:luminance] [--brand:#0af] [scroll-snap-type:x_mandatory]'.split(' '));

// ---- unknown on purpose ------------------------------------------------------------------------
add('foo-bar p-foo bg-red-1000 text-huge w-1/0 m-auto-4 flex-middle rounded-xxl shadow-tiny duration-fast hover: md: -p-auto z-top bg-[] font-[] 2xl'.split(' '));

// ---- variants ----------------------------------------------------------------------------------
const base = [
  'flex', 'hidden', 'block', 'grid', 'inline-flex', 'flex-row', 'flex-col', 'items-center', 'justify-between', 'gap-4',
  'grid-cols-2', 'grid-cols-3', 'col-span-2', 'p-4', 'px-6', 'py-2', 'pt-8', 'm-0', 'mx-auto', '-mt-4', 'space-y-4',
  'w-full', 'w-1/2', 'w-64', 'h-screen', 'max-w-lg', 'size-8', 'text-sm', 'text-lg', 'text-2xl', 'text-center', 'font-bold',
  'font-semibold', 'leading-tight', 'tracking-wide', 'text-white', 'text-gray-900', 'text-blue-600', 'bg-white', 'bg-black/50',
  'bg-blue-500', 'bg-gray-100', 'bg-[#0af]', 'border', 'border-2', 'border-gray-200', 'rounded-lg', 'rounded-full', 'shadow-md',
  'shadow-lg', 'opacity-50', 'opacity-100', 'underline', 'uppercase', 'translate-x-4', 'scale-105', 'rotate-45', 'duration-300',
  'absolute', 'relative', 'top-0', 'inset-0', 'z-10', 'overflow-hidden', 'invisible', 'p-[23px]', 'cursor-pointer', 'ring-2',
];
const variants = ['sm', 'md', 'lg', 'xl', '2xl', 'hover', 'focus', 'active', 'disabled', 'dark', 'focus-visible', 'focus-within', 'first', 'last', 'odd', 'even', 'visited', 'checked', 'placeholder', 'group-hover', 'peer-focus', 'max-md', 'motion-safe', 'print', 'md:hover', 'lg:focus', 'dark:hover', 'sm:dark', 'xl:active', 'dark:md:hover'];
for (const variant of variants) add(base.map((c) => `${variant}:${c}`));
const more = ['group-focus', 'group-hover/item', 'peer-checked', 'peer-hover', 'not-first', 'not-disabled', 'has-checked', 'has-[>img]', 'in-focus', 'aria-checked',
  'aria-expanded', 'aria-[sort=ascending]', 'data-active', 'data-[state=open]', 'supports-[display:grid]', 'min-[500px]', 'max-[500px]', 'min-md', '@md', '@max-md', '@min-[400px]',
  '*', '**', 'before', 'after', 'selection', 'marker', 'file', 'first-of-type', 'last-of-type', 'only', 'rtl', 'ltr', 'open', 'inert', 'nth-3', 'nth-last-2', 'contrast-more',
  'motion-reduce', 'portrait', 'landscape', 'starting', 'forced-colors', 'noscript', 'pointer-fine', 'any-pointer-coarse', '[&>*]', '[&_p]', '[@media(min-width:900px)]',
  'required', 'invalid', 'read-only', 'empty', 'target', 'indeterminate', 'placeholder-shown', 'hover:focus', 'group-hover:focus', 'md:max-lg', 'lg:group-hover', 'dark:focus-visible'];
const moreBase = ['flex', 'p-4', 'bg-red-500', 'text-white', 'underline', 'opacity-50', 'space-y-2', 'ring-2', 'translate-x-2', 'rounded-lg'];
for (const variant of more) add(moreBase.map((c) => `${variant}:${c}`));
add('md:!p-4 !font-bold p-4! hover:bg-red-500/50 dark:bg-slate-900 dark:text-slate-100 md:w-[calc(100%-2rem)] lg:-translate-x-1/2 2xl:text-9xl'.split(' '));

const unique = [...new Set(out)];
fs.writeFileSync(path.join(here, 'utilities.txt'), unique.join('\n') + '\n');
console.log(`utilities.txt: ${unique.length} classes`);
