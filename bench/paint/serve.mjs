// Static servers for the built pages, compressed as a CDN would serve them: brotli when the
// browser asks for it, else gzip. One over HTTP/1.1 (node:http: Chromium opens at most 6
// connections per origin and sends one request at a time on each) and one over HTTP/2 (node:http2
// with TLS, as browsers speak it: every file multiplexed on one connection).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A self-signed certificate for 127.0.0.1, made with the system's openssl into `dir`. */
function certificate(dir) {
  mkdirSync(dir, { recursive: true });
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  // prettier-ignore
  execFileSync('/usr/bin/openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Serves `files` (URL path → contents) over HTTP/1.1 and HTTP/2 on 127.0.0.1.
 * @returns {Promise<{ h1: string, h2: string, close: () => Promise<void> }>} the two origins.
 */
export async function startServers(files, tmpDir) {
  const assets = new Map();
  for (const [url, raw] of files) {
    assets.set(url, {
      type: TYPES[path.extname(url)] ?? 'application/octet-stream',
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    });
  }
  const handle = (request, response) => {
    const url = new URL(request.url, 'http://x').pathname;
    const asset = assets.get(url.endsWith('/') ? `${url}index.html` : url);
    if (!asset) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const encoding = /\bbr\b/.test(request.headers['accept-encoding'] ?? '') ? 'br' : 'gzip';
    const body = asset[encoding];
    response.writeHead(200, {
      'content-type': asset.type,
      'content-encoding': encoding,
      'content-length': body.length,
      vary: 'accept-encoding',
      'cache-control': url.endsWith('.html') || url.endsWith('/') ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    response.end(body);
  };
  const h1 = createServer({ keepAlive: true }, handle);
  const h2 = createSecureServer({ ...certificate(tmpDir), allowHTTP1: false }, handle);
  const sockets = new Set();
  for (const server of [h1, h2]) {
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  const [h1Port, h2Port] = [await listen(h1), await listen(h2)];
  return {
    h1: `http://127.0.0.1:${h1Port}`,
    h2: `https://127.0.0.1:${h2Port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([h1, h2].map((server) => new Promise((resolve) => server.close(() => resolve()))));
    },
  };
}
