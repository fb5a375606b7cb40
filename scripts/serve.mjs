// A small, dependency-free static server for the examples and the browser tests.
//
//   node scripts/serve.mjs            serves examples/ and dist/ on http://127.0.0.1:5173 (PORT overrides)
//   import { startServer } from './scripts/serve.mjs'   (used by tests/browser)
//
// URL layout: /dist/* -> the built files, /node_modules/js-cookie/* -> js-cookie (for import maps
// in pages that load the ESM build), everything else -> `root` (examples/ by default).
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MOUNTS = {
  '/dist/': join(PROJECT, 'dist'),
  '/node_modules/js-cookie/': join(PROJECT, 'node_modules', 'js-cookie'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Maps a URL path to a file below a base folder, or null when it would leave that folder. */
const below = (base, relative) => {
  const file = resolve(base, `.${sep}${relative}`);
  return file === base || file.startsWith(base + sep) ? file : null;
};

/**
 * Starts the server.
 * @param {object} [options]
 * @param {string} [options.root] folder served for every path outside the mounts (default: examples/)
 * @param {number} [options.port] 0 picks a free port (default: 0)
 * @param {string} [options.host] default 127.0.0.1
 * @param {(urlPath: string) => Record<string, string> | undefined} [options.headers] extra response headers per path
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) =>
 *   boolean | Promise<boolean>} [options.handle] custom routes; return true when the request was answered
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? join(PROJECT, 'examples'));
  const host = options.host ?? '127.0.0.1';

  const send = (res, status, urlPath, headers, body) => {
    res.writeHead(status, { 'cache-control': 'no-store', ...headers, ...(options.headers?.(urlPath) ?? {}) });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, url.pathname, { 'content-type': 'text/plain', allow: 'GET, HEAD' }, 'Method not allowed');
        return;
      }
      if (options.handle && (await options.handle(req, res, url))) return;

      let urlPath;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        send(res, 400, url.pathname, { 'content-type': 'text/plain' }, 'Bad request');
        return;
      }
      const mount = Object.keys(MOUNTS).find((prefix) => urlPath.startsWith(prefix));
      const file = mount ? below(MOUNTS[mount], urlPath.slice(mount.length)) : below(root, urlPath);
      const info = file ? await stat(file).catch(() => null) : null;

      if (!file || !info) {
        send(res, 404, urlPath, { 'content-type': 'text/plain' }, `Not found: ${urlPath}`);
        return;
      }
      if (info.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          send(res, 301, urlPath, { location: `${url.pathname}/${url.search}` }, '');
          return;
        }
        const index = join(file, 'index.html');
        if (await stat(index).then((s) => s.isFile(), () => false)) {
          streamFile(res, index, urlPath, req.method === 'HEAD');
          return;
        }
        const names = (await readdir(file, { withFileTypes: true }))
          .map((entry) => entry.name + (entry.isDirectory() ? '/' : ''))
          .sort();
        const items = names.map((name) => `<li><a href="${escapeHtml(name)}">${escapeHtml(name)}</a></li>`).join('');
        send(res, 200, urlPath, { 'content-type': TYPES['.html'] },
          `<!doctype html><meta charset="utf-8"><title>${escapeHtml(urlPath)}</title><h1>${escapeHtml(urlPath)}</h1><ul>${items}</ul>`);
        return;
      }
      streamFile(res, file, urlPath, req.method === 'HEAD');
    } catch (error) {
      if (!res.headersSent) send(res, 500, url.pathname, { 'content-type': 'text/plain' }, String(error));
      else res.destroy();
    }
  });

  function streamFile(res, file, urlPath, headOnly) {
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(options.headers?.(urlPath) ?? {}),
    });
    if (headOnly) res.end();
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.env.PORT ?? 5173);
  const { url } = await startServer({ port });
  const examples = await readdir(join(PROJECT, 'examples'), { withFileTypes: true }).catch(() => []);
  const pages = examples.filter((entry) => entry.isDirectory()).map((entry) => `${url}/${entry.name}/`);
  console.log(`consent-gate examples at ${url}/ — the banner: ${url}/script-tag/`);
  for (const page of pages) console.log(`  ${page}`);
  console.log(`built files at ${url}/dist/  (Ctrl+C stops)`);
}
