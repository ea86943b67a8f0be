// `npm start` takes its port from PORT and explains a busy port in one line instead of an
// EADDRINUSE stack trace (the check runs before webpack serve starts).
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';

const config = join(__dirname, '..', '..', 'webpack.config.js');
const loadServeConfig = `require(${JSON.stringify(config)})({ WEBPACK_SERVE: true }, { mode: 'development' }).then((c) => console.log('port', c[0].devServer.port))`;

function startServe(port: number) {
  return spawnSync(process.execPath, ['-e', loadServeConfig], { encoding: 'utf8', env: { ...process.env, PORT: String(port) } });
}

describe('the dev server port', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(() => busy.close());

  it('a busy port is one plain line and exit 1', () => {
    const result = startServe(port);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`npm start: port ${port} on 127.0.0.1 is already in use (another \`npm start\`, or another program) — stop that program, or choose another port: PORT=${port + 1} npm start\n`);
  });

  it('a free port from PORT is the one the dev server uses', async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const freePort = (free.address() as AddressInfo).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const result = startServe(freePort);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`port ${freePort}`);
  });
});
