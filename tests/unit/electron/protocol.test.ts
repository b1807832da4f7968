import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { createAppRequestHandler, registerAppProtocol, registerAppScheme, resolveRendererPath } =
  await import('../../../electron/main/protocol');

const root = resolve('/opt/waypoint/dist/renderer');

describe('resolveRendererPath', () => {
  it.each([
    ['app://waypoint/', 'index.html'],
    ['app://waypoint', 'index.html'],
    ['app://waypoint/index.html', 'index.html'],
    ['app://waypoint/index.html?v=1#/today', 'index.html'],
    ['app://waypoint/assets/index-Bq3x_1.js', 'assets/index-Bq3x_1.js'],
    ['app://waypoint/assets/inter%20var.woff2', 'assets/inter var.woff2'],
  ])('maps %s to a renderer file', (url, file) => {
    expect(resolveRendererPath(root, url)).toBe(join(root, file));
  });

  it.each([
    // dot segments, plain and encoded in every mix
    'app://waypoint/../main/main.js',
    'app://waypoint/assets/../../main/main.js',
    'app://waypoint/%2e%2e/main/main.js',
    'app://waypoint/%2E%2E/main/main.js',
    'app://waypoint/.%2e/main/main.js',
    'app://waypoint/%2e./main/main.js',
    'app://waypoint/assets/%2e%2e%2f%2e%2e%2fmain/main.js',
    'app://waypoint/%252e%252e/main/main.js',
    'app://waypoint/./index.html',
    'app://waypoint/.env',
    // encoded and literal separators
    'app://waypoint/assets%2f..%2f..%2fetc%2fpasswd',
    'app://waypoint/..%2fmain.js',
    'app://waypoint/..%5cmain.js',
    'app://waypoint/assets\\..\\..\\main.js',
    'app://waypoint/%5c%5cserver%5cshare',
    // absolute paths and drives
    'app://waypoint//etc/passwd',
    'app://waypoint/C:/Windows/win.ini',
    'app://waypoint/c%3a%5cwindows%5cwin.ini',
    // null bytes and control characters
    'app://waypoint/index.html%00.png',
    'app://waypoint/index.html\u0000',
    'app://waypoint/index%0a.html',
    // malformed escapes
    'app://waypoint/%E0%A4%A',
    'app://waypoint/%',
    // wrong scheme, host, port or credentials
    'app://evil/index.html',
    'app://waypoint.evil/index.html',
    'app://waypoint:443/index.html',
    'app://user:pw@waypoint/index.html',
    'file:///opt/waypoint/dist/renderer/index.html',
    'https://waypoint/index.html',
    'APP://WAYPOINT/index.html',
    'app:waypoint/index.html',
    // directories and empty segments
    'app://waypoint/assets/',
    'app://waypoint/assets//index.js',
    // absurdly long
    `app://waypoint/${'a'.repeat(3000)}.js`,
    '',
  ])('refuses %s', (url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });

  it('never answers with a path outside the renderer folder', () => {
    const sneaky = ['..', '%2e%2e', '.%2E', '%2e.', '..%00', '...', '%2F', '%5C', '\\', ':'];
    for (const a of sneaky) {
      for (const b of sneaky) {
        const result = resolveRendererPath(root, `app://waypoint/${a}/${b}/secret`);
        if (result !== null) expect(result.startsWith(root + '/')).toBe(true);
      }
    }
  });
});

describe('the app:// request handler', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'waypoint-protocol-'));
    mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Waypoint</title>');
    writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'export {};');
    writeFileSync(join(dir, 'renderer', 'assets', 'app.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const handler = () => createAppRequestHandler(join(dir, 'renderer'));

  it('serves index.html with the CSP and an exact type', async () => {
    const response = await handler()(new Request('app://waypoint/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Waypoint</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const response = await handler()(new Request(`app://waypoint/${file}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and for a way out of the folder', async () => {
    for (const url of ['app://waypoint/nope.js', 'app://waypoint/%2e%2e/secret.txt']) {
      const response = await handler()(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('only reads a file when the path is safe', async () => {
    const read = vi.fn(() => Promise.resolve(new Uint8Array()));
    // (Request normalises %2e%2e away itself, as Chromium does; an encoded slash survives.)
    await createAppRequestHandler('/root', read)(new Request('app://waypoint/..%2fx'));
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(
      new Request('app://waypoint/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app:// as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app:// on the session it is given', async () => {
    const target = { handle: vi.fn() };
    registerAppProtocol(target, '/nowhere');
    expect(target.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const [, handle] = target.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect((await handle(new Request('app://waypoint/index.html'))).status).toBe(404);
  });
});
