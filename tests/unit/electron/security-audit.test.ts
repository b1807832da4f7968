import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import {
  auditBuilderConfig,
  auditCsp,
  auditSource,
  missingRequiredCalls,
  SECURE_FUSES,
  type Finding,
} from '../../support/electronAudit';

/**
 * The static Electron security audit: every file of electron/main and electron/preload, the
 * CSP and the electron-builder configuration, checked against ARCHITECTURE.md "Electron
 * specifics". The second half proves each rule fires on a small bad snippet.
 */
const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(root, folder, name));
}

const files = [...sourceFiles('electron/main'), ...sourceFiles('electron/preload')];
const rules = (findings: Finding[]) => findings.map((f) => f.rule);
const auditSnippet = (text: string, file = 'electron/main/snippet.ts') =>
  rules(auditSource(file, text));

describe('static Electron security audit of the real code', () => {
  it('walks every file of electron/main and electron/preload', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.map((f) => relative(root, f))).toContain('electron/main/security.ts');
  });

  it('finds no weakening in any of them', () => {
    const findings = files.flatMap((file) =>
      auditSource(relative(root, file), readFileSync(file, 'utf8')),
    );
    expect(findings).toEqual([]);
  });

  it('finds every required protection wired up', () => {
    expect(missingRequiredCalls(files.map((f) => readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('finds the CSP strict', () => {
    expect(auditCsp(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('finds the packaging config keeps asar, the fuses and no update feed', async () => {
    const config: Configuration = await getConfig(
      root,
      resolve(root, 'electron-builder.yml'),
      null,
    );
    expect(auditBuilderConfig(config)).toEqual([]);
  });
});

describe('the audit fails on weakened code', () => {
  it.each([
    ['nodeIntegration', 'new BrowserWindow({ webPreferences: { nodeIntegration: true } });'],
    ['nodeIntegration', 'const p = { nodeIntegration: isDev };'],
    ['nodeIntegrationInWorker', 'const p = { nodeIntegrationInWorker: true };'],
    ['contextIsolation', 'const p = { contextIsolation: false };'],
    ['sandbox', 'const p = { sandbox: false };'],
    ['webSecurity', 'const p = { webSecurity: false };'],
    ['allowRunningInsecureContent', 'const p = { allowRunningInsecureContent: true };'],
    ['experimentalFeatures', 'const p = { experimentalFeatures: true };'],
    ['enableBlinkFeatures', "const p = { enableBlinkFeatures: 'CSSPaintAPI' };"],
    ['webviewTag', 'const p = { webviewTag: true };'],
    ['spellcheck', 'const p = { spellcheck: true };'],
    [
      'bypassCSP',
      "protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { bypassCSP: true } }]);",
    ],
    ['openExternal', 'shell.openExternal(url);'],
    ['crashReporter', "crashReporter.start({ submitURL: '', uploadToServer: true });"],
    ['autoUpdater', 'autoUpdater.checkForUpdates();'],
    ['autoUpdater', "import { autoUpdater } from 'electron-updater';"],
    ['loadURL', "window.loadURL('https://example.org/');"],
    ['loadURL', 'window.loadURL(`file://${dir}/index.html`);'],
    ['loadURL', "window.loadFile('index.html');"],
    ['setPermissionRequestHandler', 'ses.setPermissionRequestHandler((_w, _p, cb) => cb(true));'],
    ['setPermissionCheckHandler', 'ses.setPermissionCheckHandler(() => true);'],
    ['setWindowOpenHandler', "contents.setWindowOpenHandler(() => ({ action: 'allow' }));"],
    ['defaultSession', 'session.defaultSession.clearCache();'],
    ['persistentPartition', "session.fromPartition('persist:waypoint');"],
    ['appendSwitch', "app.commandLine.appendSwitch('disable-web-security');"],
    ['appendSwitch', "app.commandLine.appendSwitch('remote-debugging-port', '9222');"],
  ])('flags %s in: %s', (rule, snippet) => {
    expect(auditSnippet(snippet)).toContain(rule);
  });

  it('flags raw ipcRenderer exposed by the preload, but not a function wrapping it', () => {
    const file = 'electron/preload/preload.ts';
    expect(auditSnippet("contextBridge.exposeInMainWorld('ipc', ipcRenderer);", file)).toEqual([
      'exposeInMainWorld',
    ]);
    expect(auditSnippet("contextBridge.exposeInMainWorld('x', { ipcRenderer });", file)).toEqual([
      'exposeInMainWorld',
    ]);
    expect(
      auditSnippet("contextBridge.exposeInMainWorld('x', { on: ipcRenderer.on });", file),
    ).toEqual(['exposeInMainWorld']);
    expect(
      auditSnippet(
        "contextBridge.exposeInMainWorld('x', createApi((c, i) => ipcRenderer.invoke(c, i)));",
        file,
      ),
    ).toEqual([]);
  });

  it('allows shell.openExternal only as main.ts’s guarded platform function', () => {
    const guarded = 'createHandlers(vault, { openExternal: (url) => shell.openExternal(url) });';
    expect(auditSnippet(guarded, 'electron/main/main.ts')).toEqual([]);
    expect(auditSnippet(guarded, 'electron/main/menu.ts')).toEqual(['openExternal']);
    expect(
      auditSnippet('const open = (url) => shell.openExternal(url);', 'electron/main/main.ts'),
    ).toEqual(['openExternal']);
  });

  it('reports where it found the problem', () => {
    expect(
      auditSource('electron/main/x.ts', 'const a = 1;\nconst p = { sandbox: false };'),
    ).toEqual([
      { file: 'electron/main/x.ts', line: 2, rule: 'sandbox', detail: expect.any(String) },
    ]);
  });

  it('flags a missing permission handler, window-open handler or app-wide sandbox', () => {
    expect(missingRequiredCalls(['ses.setPermissionCheckHandler(() => false);'])).toEqual([
      'setPermissionRequestHandler',
      'setWindowOpenHandler',
      'enableSandbox',
    ]);
  });

  it.each([
    ["default-src 'none'; script-src 'self' 'unsafe-eval'; object-src 'none'", 'unsafe-eval'],
    ["default-src 'none'; script-src 'self'; style-src 'unsafe-inline'", 'unsafe-inline'],
    ["default-src 'none'; script-src 'self'; connect-src https://api.example.org", 'remote'],
    ["default-src 'none'; script-src 'self'; img-src *", 'remote'],
    ["default-src 'self'; script-src 'self'", "default-src must be 'none'"],
    ["default-src 'none'", 'script-src is missing'],
  ])('flags the CSP %s', (policy, problem) => {
    expect(
      auditCsp(policy)
        .map((f) => f.detail)
        .join('\n'),
    ).toContain(problem);
  });

  it('flags a packaging config without asar, with weak fuses or an update feed', () => {
    const good = { asar: true, electronFuses: { ...SECURE_FUSES } };
    expect(auditBuilderConfig(good)).toEqual([]);
    expect(rules(auditBuilderConfig({ ...good, asar: false }))).toEqual(['asar']);
    expect(rules(auditBuilderConfig({ ...good, asarUnpack: ['dist/**'] }))).toEqual(['asar']);
    expect(rules(auditBuilderConfig({ ...good, publish: { provider: 'github' } }))).toEqual([
      'publish',
    ]);
    for (const fuse of Object.keys(SECURE_FUSES)) {
      const weakened = { ...SECURE_FUSES, [fuse]: !SECURE_FUSES[fuse] };
      expect(auditBuilderConfig({ ...good, electronFuses: weakened })).toEqual([
        expect.objectContaining({ rule: 'fuses', detail: expect.stringContaining(fuse) }),
      ]);
    }
    expect(rules(auditBuilderConfig({ asar: true }))).toHaveLength(7);
  });
});
