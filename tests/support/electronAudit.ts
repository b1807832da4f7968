/**
 * A static audit of the Electron glue: reads TypeScript source (electron/main,
 * electron/preload), the Content-Security-Policy and the electron-builder configuration, and
 * names every weakening of the settings in ARCHITECTURE.md "Electron specifics". Pure
 * functions over text and plain objects, so the test can also prove each rule fires on a bad
 * snippet.
 */
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

/** webPreferences (and similar) keys that must be written as exactly this literal. */
const PINNED_OPTIONS: Readonly<Record<string, boolean>> = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  bypassCSP: false,
};

/** Options that must not appear at all. */
const FORBIDDEN_OPTIONS = new Set(['enableBlinkFeatures', 'allowpopups', 'additionalArguments']);

/** Identifiers whose mere use is a weakening (crash dumps on disk, remote update feeds). */
const FORBIDDEN_NAMES: Readonly<Record<string, string>> = {
  crashReporter: 'crashReporter writes memory dumps (journal text) to disk',
  autoUpdater: 'an update feed is a remote URL',
  defaultSession: 'the default session persists a browser profile on disk',
};

/** Chromium switches that turn off a protection. */
const FORBIDDEN_SWITCHES = new Set([
  'disable-web-security',
  'ignore-certificate-errors',
  'remote-debugging-port',
  'no-sandbox',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'enable-experimental-web-platform-features',
  'allow-running-insecure-content',
]);

/** Project-wide calls that must be present somewhere in electron/main. */
export const REQUIRED_CALLS = [
  'setPermissionRequestHandler',
  'setPermissionCheckHandler',
  'setWindowOpenHandler',
  'enableSandbox',
] as const;

const PERMISSION_HANDLERS = new Set([
  'setPermissionRequestHandler',
  'setPermissionCheckHandler',
  'setDevicePermissionHandler',
]);

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

function calleeText(call: ts.CallExpression): string {
  return call.expression.getText();
}

function stringValue(node: ts.Node | undefined): string | null {
  if (node === undefined) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text;
  return null;
}

function enclosingProperty(node: ts.Node): string | null {
  const property = ts.findAncestor(node, ts.isPropertyAssignment);
  return property ? propertyName(property.name) : null;
}

function containsNode(root: ts.Node, test: (node: ts.Node) => boolean): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (test(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** Findings in one TypeScript file of electron/main or electron/preload. */
export function auditSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: string, detail: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file, line: line + 1, rule, detail });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name !== null && Object.hasOwn(PINNED_OPTIONS, name)) {
        const wanted = PINNED_OPTIONS[name];
        const value = ts.isPropertyAssignment(node) ? node.initializer.kind : null;
        const expected = wanted ? ts.SyntaxKind.TrueKeyword : ts.SyntaxKind.FalseKeyword;
        if (value !== expected) report(node, name, `${name} must be the literal ${String(wanted)}`);
      }
      if (name !== null && FORBIDDEN_OPTIONS.has(name))
        report(node, name, `${name} is not allowed`);
    }

    if (ts.isIdentifier(node) && Object.hasOwn(FORBIDDEN_NAMES, node.text)) {
      report(node, node.text, FORBIDDEN_NAMES[node.text] ?? '');
    }

    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text.startsWith('persist:')) {
        report(node, 'persistentPartition', 'sessions must be in-memory (no "persist:")');
      }
      if (node.text === 'electron-updater' || node.text === 'update-electron-app') {
        report(node, 'autoUpdater', 'no update feeds');
      }
    }

    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const first = node.arguments[0];
      if (name === 'openExternal' && calleeText(node).endsWith('shell.openExternal')) {
        // The one guarded path: main's Platform.openExternal, behind the contract's URL schema
        // and the handler's confirmation.
        if (!file.endsWith('electron/main/main.ts') || enclosingProperty(node) !== 'openExternal') {
          report(node, 'openExternal', 'shell.openExternal outside the guarded platform path');
        }
      }
      if (name === 'loadURL' || name === 'loadFile') {
        const literal = stringValue(first);
        if (name === 'loadFile' || (literal !== null && !literal.startsWith('app://'))) {
          report(node, 'loadURL', 'windows load only the app:// protocol');
        }
      }
      if (name === 'appendSwitch') {
        const literal = stringValue(first);
        if (literal !== null && FORBIDDEN_SWITCHES.has(literal)) {
          report(node, 'appendSwitch', `Chromium switch ${literal}`);
        }
      }
      if (name !== null && PERMISSION_HANDLERS.has(name) && first !== undefined) {
        if (containsNode(first, (n) => n.kind === ts.SyntaxKind.TrueKeyword)) {
          report(node, name, 'permission handlers only ever deny');
        }
      }
      if (name === 'setWindowOpenHandler' && first !== undefined) {
        if (containsNode(first, (n) => stringValue(n) === 'allow')) {
          report(node, 'setWindowOpenHandler', 'new windows are always denied');
        }
      }
      if (name === 'exposeInMainWorld') {
        const api = node.arguments[1];
        const raw = (n: ts.Node): boolean =>
          ts.isIdentifier(n) && n.text === 'ipcRenderer' && n === api;
        if (
          api !== undefined &&
          (raw(api) ||
            containsNode(
              api,
              (n) =>
                ts.isIdentifier(n) &&
                n.text === 'ipcRenderer' &&
                !ts.isCallExpression(n.parent.parent) &&
                !(ts.isCallExpression(n.parent) && n.parent.arguments.includes(n)),
            ))
        ) {
          report(node, 'exposeInMainWorld', 'raw ipcRenderer exposed to the page');
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Calls from REQUIRED_CALLS that no file makes. */
export function missingRequiredCalls(sources: readonly string[]): string[] {
  return REQUIRED_CALLS.filter(
    (name) => !sources.some((text) => new RegExp(`\\.${name}\\(`).test(text)),
  );
}

const REMOTE_SOURCE = /^(https?:|wss?:|ftp:|\*|[a-z0-9-]+\.[a-z])/i;

/** Findings in the renderer's Content-Security-Policy. */
export function auditCsp(policy: string): Finding[] {
  const findings: Finding[] = [];
  const report = (rule: string, detail: string): void => {
    findings.push({ file: 'shared/csp.ts', line: 0, rule, detail });
  };
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  if (directives.get('default-src')?.join(' ') !== "'none'") {
    report('csp', "default-src must be 'none'");
  }
  for (const required of ['script-src', 'object-src', 'base-uri', 'frame-ancestors']) {
    if (!directives.has(required)) report('csp', `${required} is missing`);
  }
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower.startsWith("'unsafe-") || lower === "'wasm-unsafe-eval'") {
        report('csp', `${name} allows ${source}`);
      }
      if (REMOTE_SOURCE.test(source)) report('csp', `${name} allows a remote source ${source}`);
      if (name === 'script-src' && lower !== "'self'") {
        report('csp', `script-src allows ${source}`);
      }
    }
  }
  return findings;
}

/** The subset of electron-builder's configuration that matters here. */
export interface BuilderConfigLike {
  asar?: unknown;
  asarUnpack?: unknown;
  publish?: unknown;
  electronFuses?: object | null;
}

export const SECURE_FUSES: Readonly<Record<string, boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

export function auditBuilderConfig(config: BuilderConfigLike): Finding[] {
  const findings: Finding[] = [];
  const report = (rule: string, detail: string): void => {
    findings.push({ file: 'electron-builder.yml', line: 0, rule, detail });
  };
  if (config.asar !== true) report('asar', 'the app must be packed into an asar');
  if (config.asarUnpack !== undefined && config.asarUnpack !== null) {
    report('asar', 'nothing is unpacked from the asar');
  }
  if (config.publish !== undefined && config.publish !== null) {
    report('publish', 'no update feed (publish) is configured');
  }
  const fuses = new Map<string, unknown>(Object.entries(config.electronFuses ?? {}));
  for (const [fuse, wanted] of Object.entries(SECURE_FUSES)) {
    if (fuses.get(fuse) !== wanted) {
      report('fuses', `${fuse} must be ${String(wanted)}`);
    }
  }
  return findings;
}
