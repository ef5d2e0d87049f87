/** The development server's handler (scripts/serve.js): serves dist/ files, never anything outside it. */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/serve.js is CommonJS, loaded by its path
const { createHandler } = require('../../scripts/serve.js') as { createHandler: (root: string) => http.RequestListener };

let dir: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cruscotto-serve-'));
  fs.mkdirSync(path.join(dir, 'dist', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', 'taskpane.html'), '<!doctype html><title>pane</title>');
  fs.writeFileSync(path.join(dir, 'dist', 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'segreto');
  server = http.createServer(createHandler(path.join(dir, 'dist')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(url: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + url, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
      })
      .on('error', reject);
  });
}

test('serves the task pane and the icons with their types', async () => {
  const pane = await get('/taskpane.html');
  expect(pane.status).toBe(200);
  expect(pane.type).toContain('text/html');
  expect(pane.body).toContain('<title>pane</title>');
  expect((await get('/')).body).toContain('<title>pane</title>');
  expect((await get('/assets/icon-16.png')).type).toBe('image/png');
});

test('a missing file is 404; a path outside dist/ is refused', async () => {
  expect((await get('/manca.js')).status).toBe(404);
  const escaped = await get('/%2e%2e/secret.txt');
  expect([403, 404]).toContain(escaped.status);
  expect(escaped.body).not.toContain('segreto');
});
