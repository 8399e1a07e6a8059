// `make test`: holds style/main.css to its own rules (the sheet's header).
//  - a colour is written once, as a token in the :root block; rules name tokens
//    (no #hex, rgb(), hsl() outside :root);
//  - every var(--name) is defined somewhere in the sheet, so no property silently falls back.
// Prints each offence with its line and exits 1 if there is any.
import { readFileSync } from "node:fs";

const path = process.argv[2] ?? "style/main.css";
const lines = readFileSync(path, "utf8").split("\n");
const problems = [];
const defined = new Set();
const used = [];
let inRoot = false;
let inComment = false;
lines.forEach((raw, i) => {
  // Comments may name anything; blank them out (they may span lines).
  let line = "";
  for (let at = 0; at < raw.length; ) {
    if (inComment) {
      const end = raw.indexOf("*/", at);
      if (end < 0) break;
      inComment = false;
      at = end + 2;
    } else {
      const start = raw.indexOf("/*", at);
      if (start < 0) { line += raw.slice(at); break; }
      line += raw.slice(at, start);
      inComment = true;
      at = start + 2;
    }
  }
  if (/^\s*:root\s*\{/.test(line)) inRoot = true;
  for (const m of line.matchAll(/(--[a-z0-9-]+)\s*:/g)) defined.add(m[1]);
  for (const m of line.matchAll(/var\((--[a-z0-9-]+)/g)) used.push([m[1], i + 1]);
  if (!inRoot && /#[0-9a-fA-F]{3,8}\b|\b(rgb|rgba|hsl|hsla)\(/.test(line)) {
    problems.push(`${path}:${i + 1}: a colour outside :root; add a token there and use var(--…): ${raw.trim()}`);
  }
  if (inRoot && line.includes("}")) inRoot = false;
});
for (const [name, line] of used) {
  if (!defined.has(name)) problems.push(`${path}:${line}: var(${name}) is not defined in the sheet`);
}
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
console.log(`${path}: ${defined.size} custom properties, every colour a token, no undefined var()`);
