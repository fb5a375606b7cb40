import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { minifyCss } from './minify-css.mjs';

/**
 * Rollup plugin for `import css from './styles.css?raw'` (as in Vite): the minified stylesheet as
 * a string. With `emit` (a file name), the default UI's stylesheet is also written to dist/ for
 * pages that link it, under `banner`; the placeholders' is adopted only. Used by the build and by
 * bench/size-breakdown.mjs, so that both measure the same CSS.
 */
export const cssText = ({ emit, banner = '' } = {}) => ({
  name: 'css-text',
  resolveId: (source, importer) => (source.endsWith('.css?raw') && importer ? resolve(dirname(importer), source) : null),
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    const css = minifyCss(readFileSync(id.slice(0, -'?raw'.length), 'utf8'));
    if (emit && id.endsWith('/ui/styles.css?raw')) this.emitFile({ type: 'asset', fileName: emit, source: `${banner}\n${css}\n` });
    return `export default ${JSON.stringify(css)};`;
  },
});
