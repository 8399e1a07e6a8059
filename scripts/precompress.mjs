// Writes <file>.gz and <file>.br beside every file of a directory tree, for the server to send
// as they are (server/src/assets.rs). Usage: node scripts/precompress.mjs [--fast] PATH...
// (a directory is taken with everything under it)
// --fast (dev builds): quicker levels; the release build uses the smallest output.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const fast = args.includes("--fast");
const paths = args.filter((a) => a !== "--fast");
if (paths.length === 0) {
  console.error("usage: precompress.mjs [--fast] PATH...");
  process.exit(2);
}
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
for (const path of paths.flatMap((p) => (statSync(p).isDirectory() ? walk(p) : [p]))) {
  if (path.endsWith(".gz") || path.endsWith(".br")) continue;
  const data = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: fast ? 6 : 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: fast ? 5 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  );
}
