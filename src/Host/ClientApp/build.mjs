// Bundles src/ into ../wwwroot/lib/bpmn/: samverkan-bpmn.js (one minified ES module) and samverkan-bpmn.css
// (bpmn-js, diagram-js, the icon font and the properties panel, plus our own styles). Run with `npm run build`;
// the Host project runs it before its build when the inputs changed.
import * as esbuild from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outdir = here('../wwwroot/lib/bpmn');

await rm(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: [here('src/samverkan-bpmn.js'), here('src/samverkan-bpmn.css')],
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  // The icon font's old-browser variants (eot, svg) are copied beside the CSS; the woff/ttf it uses are
  // already inlined as data: URIs in bpmn-embedded.css.
  loader: { '.eot': 'file', '.svg': 'file', '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: 'fonts/[name]-[hash]',
  logLevel: 'warning',
  metafile: true,
});

// The Content-Security-Policy forbids eval and new Function: fail the build rather than the page.
const js = await readFile(`${outdir}/samverkan-bpmn.js`, 'utf8');
const forbidden = [/\beval\(/, /new Function\b/, /Function\(\s*["'`]/].filter((pattern) => pattern.test(js));
if (forbidden.length > 0) {
  throw new Error(`The bundle calls code from strings (${forbidden.join(', ')}), which the CSP blocks`);
}

for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
  console.log(`${file.replace(/^.*wwwroot/, 'wwwroot')}  ${(bytes / 1024).toFixed(0)} KiB`);
}
