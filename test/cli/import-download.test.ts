// The Modern.gov answer is read as a stream with a cap: a runaway answer ends in one line, with
// the directory untouched, whether or not the server announces its length.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixtures, run, tempDir } from './run-cli';

const quirks = readFileSync(join(fixtures, 'moderngov', 'quirks.xml'));

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/endless/')) {
      // No content-length, and it never ends by itself: only the cap stops the reader.
      response.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = Buffer.alloc(16 * 1024, '<!-- padding -->');
      const timer = setInterval(() => response.write(chunk), 1);
      response.on('close', () => clearInterval(timer));
    } else if (request.url?.startsWith('/announced/')) {
      response.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(200 * 1024 * 1024) });
      response.write('<councillorsbyward>');
      setTimeout(() => response.destroy(), 200);
    } else {
      response.writeHead(200, { 'content-type': 'text/xml' }).end(quirks);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('import moderngov --url with a size cap', () => {
  it('stops reading an endless answer at --max-size, in one line, writing nothing', async () => {
    const file = join(tempDir(), 'directory.json');
    const { code, stderr } = await run('import', 'moderngov', '--url', `${base}/endless`, '--directory', file, '--max-size', '256KB', '--timeout', '10000');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${base}/endless/mgWebService.asmx/GetCouncillorsByWard: the answer is over 256 KB`);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an answer whose announced length is over the cap before reading it', async () => {
    const file = join(tempDir(), 'directory.json');
    const { code, stderr } = await run('import', 'moderngov', '--url', `${base}/announced`, '--directory', file);
    expect(code).toBe(2);
    expect(stderr).toContain('the answer is over 50 MB');
  });

  it('reads an ordinary answer under the cap', async () => {
    const file = join(tempDir(), 'directory.json');
    const { code } = await run('import', 'moderngov', '--url', `${base}/ok`, '--directory', file, '--domain', 'vale.gov.uk', '--max-size', '1MB');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).members).toHaveLength(4);
  });
});

describe('import moderngov --file with a size cap', () => {
  it('refuses a saved answer over --max-size without reading it', async () => {
    const xml = join(tempDir(), 'huge.xml');
    writeFileSync(xml, Buffer.alloc(300 * 1024, ' '));
    const file = join(tempDir(), 'directory.json');
    const { code, stderr } = await run('import', 'moderngov', '--file', xml, '--directory', file, '--max-size', '100KB');
    expect(code).toBe(2);
    expect(stderr).toBe(`${xml}: 300 KB is over the 100 KB limit — not a GetCouncillorsByWard answer for one council? (--max-size raises the limit; nothing was written)\n`);
  });

  it('names a missing file in one line', async () => {
    const { code, stderr } = await run('import', 'moderngov', '--file', 'nowhere.xml', '--directory', join(tempDir(), 'directory.json'));
    expect(code).toBe(2);
    expect(stderr).toBe('nowhere.xml: file not found — check the path (nothing was written)\n');
  });
});
