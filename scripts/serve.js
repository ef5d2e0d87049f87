#!/usr/bin/env node
'use strict';
/**
 * `npm run dev-server`: serves the built add-in (dist/) on https://localhost:3000, as the manifest expects, for
 * sideloading (`npx office-addin-debugging start manifest.xml` runs this script). The certificate is the
 * development one that `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs (trusted by Office).
 */
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A request handler serving the files under `root` (never outside it). */
function createHandler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'https://localhost').pathname);
    } catch {
      res.writeHead(400).end('richiesta non valida');
      return;
    }
    const file = path.resolve(base, '.' + (pathname.endsWith('/') ? pathname + 'taskpane.html' : pathname));
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('accesso negato');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('non trovato');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    });
  };
}

function main() {
  const root = path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
    process.stderr.write('dist/ non contiene il componente: eseguire prima «npm run build».\n');
    process.exit(2);
  }
  const certDir = process.env.CRUSCOTTO_CERT_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(certDir, 'localhost.key');
  const cert = path.join(certDir, 'localhost.crt');
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    process.stderr.write(`Certificato di sviluppo non trovato in ${certDir}: eseguire «npx office-addin-dev-certs install».\n`);
    process.exit(2);
  }
  const port = Number(process.env.PORT || 3000);
  https
    .createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, createHandler(root))
    .listen(port, 'localhost', () => process.stdout.write(`Cruscotto servito su https://localhost:${port}/taskpane.html\n`));
}

if (require.main === module) main();
module.exports = { createHandler };
