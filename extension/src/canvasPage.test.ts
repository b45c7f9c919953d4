import assert from "node:assert/strict";
import { test } from "node:test";
import { canvasPageHtml, messagePageHtml } from "./canvasPage";

const page = canvasPageHtml({
  canvasUrl: "http://127.0.0.1:8080/proxy/41877/?token=ab12&path=components%2FHero.tsx",
  scriptUrl: "https://file+.vscode-resource.vscode-cdn.net/ext/dist/page.js",
  nonce: "n0nce",
  cspSource: "https://*.vscode-cdn.net",
});

function csp(html: string): string {
  return /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;|&apos;/g, "'");
}

test("the page may frame only the canvas's origin and run only its own script", () => {
  assert.equal(csp(page), "default-src 'none'; frame-src http://127.0.0.1:8080; style-src 'nonce-n0nce'; script-src 'nonce-n0nce' https://*.vscode-cdn.net");
});

test("the frame loads the canvas URL with its token and the script is the bundled page script", () => {
  assert.match(page, /<iframe id="canvas" title="OmniOS canvas" src="http:\/\/127\.0\.0\.1:8080\/proxy\/41877\/\?token=ab12&amp;path=components%2FHero\.tsx"/);
  assert.match(page, /<script nonce="n0nce" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/page\.js"><\/script>/);
});

test("a message page shows its text escaped and runs no script", () => {
  const html = messagePageHtml('The server is not running <see "Show Server Log">', "n0nce");
  assert.match(html, /The server is not running &lt;see &quot;Show Server Log&quot;&gt;/);
  assert.doesNotMatch(html, /<script/);
  assert.match(csp(html), /^default-src 'none'; style-src 'nonce-n0nce'$/);
});
