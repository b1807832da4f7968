import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { createAppRequestHandler, servePrintDocumentOnce } =
  await import('../../../electron/main/protocol');
const {
  createPrintToPdf,
  createSaveFile,
  printDocument,
  printToPdfOptions,
  printWindowOptions,
  stylesheetHrefFrom,
} = await import('../../../electron/main/print');

const ARTICLE = '<article class="summary"><h1>Summary</h1></article>';

describe('the print document', () => {
  it('finds the built stylesheet on the app origin', () => {
    const html =
      '<script type="module" src="./assets/a.js"></script><link rel="stylesheet" crossorigin href="./assets/index-X1.css">';
    expect(stylesheetHrefFrom(html, 'app://waypoint')).toBe('app://waypoint/assets/index-X1.css');
    expect(stylesheetHrefFrom('<link rel="icon" href="x.png">', 'app://waypoint')).toBeNull();
    expect(
      stylesheetHrefFrom(
        '<link rel="stylesheet" href="https://cdn.example/x.css">',
        'app://waypoint',
      ),
    ).toBeNull();
  });

  it('wraps the article with an escaped title, the stylesheet and no script', () => {
    const doc = printDocument(ARTICLE, 'Summary <1>', 'app://waypoint/assets/a.css');
    expect(doc).toContain('<title>Summary &lt;1&gt;</title>');
    expect(doc).toContain('<link rel="stylesheet" href="app://waypoint/assets/a.css">');
    expect(doc).toContain(`<body class="print">${ARTICLE}</body>`);
    expect(doc).not.toMatch(/<script/i);
  });

  it('prints with backgrounds, page numbers in the footer, no default header', () => {
    const options = printToPdfOptions('Letter');
    expect(options).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
    });
    expect(options.footerTemplate).toContain('class="pageNumber"');
    expect(options.footerTemplate).toContain('class="totalPages"');
    expect(options.margins.bottom).toBeGreaterThan(0);
  });

  it('uses a hidden window with no preload, JavaScript off, sandboxed, in-memory session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      partition: 'waypoint',
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});

describe('the in-memory print route', () => {
  const handler = createAppRequestHandler('/nowhere', () => Promise.reject(new Error('no disk')));

  it('serves a print document once, with the CSP, then forgets it', async () => {
    const { url } = servePrintDocumentOnce('<p>hello</p>');
    expect(url).toMatch(/^app:\/\/waypoint\/print\/[0-9a-f]{48}\.html$/);
    const first = await handler(new Request(url));
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(first.headers.get('Content-Type')).toContain('text/html');
    expect(await first.text()).toBe('<p>hello</p>');
    expect((await handler(new Request(url))).status).toBe(404);
  });

  it('refuses unknown, malformed and revoked tokens, and HEAD does not use it up', async () => {
    expect((await handler(new Request(`app://waypoint/print/${'a'.repeat(48)}.html`))).status).toBe(
      404,
    );
    expect((await handler(new Request('app://waypoint/print/../index.html'))).status).toBe(404);
    const { url, revoke } = servePrintDocumentOnce('<p>x</p>');
    expect((await handler(new Request(url, { method: 'HEAD' }))).status).toBe(404);
    revoke();
    expect((await handler(new Request(url))).status).toBe(404);
  });
});

describe('createPrintToPdf', () => {
  it('loads the served URL, prints, revokes and destroys the window', async () => {
    const calls: string[] = [];
    let served = '';
    const window = {
      loadURL: vi.fn((url: string) => {
        calls.push(`load ${url}`);
        return Promise.resolve();
      }),
      destroy: vi.fn(() => calls.push('destroy')),
      isDestroyed: () => false,
      webContents: {
        printToPDF: vi.fn(() => {
          calls.push('print');
          return Promise.resolve(Buffer.from('%PDF-1.7'));
        }),
      },
    };
    const createWindow = vi.fn(() => window);
    const print = createPrintToPdf({
      createWindow,
      serveOnce: (html) => {
        served = html;
        return { url: 'app://waypoint/print/t.html', revoke: () => calls.push('revoke') };
      },
      stylesheetHref: () => 'app://waypoint/assets/a.css',
    });
    const pdf = await print(ARTICLE, { pageSize: 'A4', title: 'Summary' });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(served).toContain(ARTICLE);
    expect(createWindow).toHaveBeenCalledWith(printWindowOptions());
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(printToPdfOptions('A4'));
    expect(calls).toEqual(['load app://waypoint/print/t.html', 'print', 'revoke', 'destroy']);
  });

  it('destroys the window even when printing fails', async () => {
    const destroy = vi.fn();
    const print = createPrintToPdf({
      createWindow: () => ({
        loadURL: () => Promise.reject(new Error('load failed')),
        destroy,
        isDestroyed: () => false,
        webContents: { printToPDF: vi.fn() },
      }),
      serveOnce: () => ({ url: 'app://waypoint/print/t.html', revoke: vi.fn() }),
      stylesheetHref: () => null,
    });
    await expect(print(ARTICLE, { pageSize: 'A4', title: 'S' })).rejects.toThrow('load failed');
    expect(destroy).toHaveBeenCalled();
  });
});

describe('createSaveFile', () => {
  const deps = (canceled: boolean) => ({
    showSaveDialog: vi.fn(() =>
      Promise.resolve(canceled ? { canceled } : { canceled, filePath: '/home/me/s.pdf' }),
    ),
    writeFile: vi.fn(() => Promise.resolve()),
    downloadsDir: () => '/home/me/Downloads',
    join: (...parts: string[]) => parts.join('/'),
  });

  it('asks where to save, with filters, and writes a file only the user can read', async () => {
    const d = deps(false);
    const path = await createSaveFile(d)('s.pdf', new Uint8Array([1]), 'pdf');
    expect(path).toBe('/home/me/s.pdf');
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/me/Downloads/s.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(d.writeFile).toHaveBeenCalledWith('/home/me/s.pdf', new Uint8Array([1]), {
      mode: 0o600,
    });
  });

  it('writes nothing when the user cancels', async () => {
    const d = deps(true);
    expect(await createSaveFile(d)('s.md', new Uint8Array([1]), 'md')).toBeNull();
    expect(d.writeFile).not.toHaveBeenCalled();
  });
});
