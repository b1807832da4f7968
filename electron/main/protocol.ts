/**
 * The renderer is served from `app://waypoint/...`, never file://: a privileged standard
 * scheme gives it a real origin (so CSP 'self' and the IPC sender check mean something),
 * and the handler below can only ever answer with files of the built renderer.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { protocol, type Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { contentTypeFor } from './mime';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './origin';

const MAX_URL_LENGTH = 2048;

/** Must run before the app is ready. No bypassCSP: our own pages obey the policy too. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** A plain file or folder name: no separators, drive letters, escapes or hidden names. */
function isSafeSegment(segment: string): boolean {
  return (
    segment !== '' &&
    !segment.startsWith('.') &&
    !/[/\\:%]/.test(segment) &&
    !hasControlCharacter(segment)
  );
}

/**
 * The file under `rendererRoot` that an app:// URL names, or null for anything that is not
 * plainly a file of the renderer. It reads the raw URL (not only the parsed one) so that
 * dot segments, encoded separators and similar tricks are refused rather than normalised.
 */
export function resolveRendererPath(rendererRoot: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return null;
  if (requestUrl !== APP_ORIGIN && !requestUrl.startsWith(`${APP_ORIGIN}/`)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST || url.username !== '' || url.password !== '') return null;

  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath === '' || rawPath === '/') return resolve(rendererRoot, 'index.html');

  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    if (!isSafeSegment(raw.replace(/%[0-9a-f]{2}/gi, 'x'))) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isSafeSegment(decoded)) return null;
    segments.push(decoded);
  }

  const root = resolve(rendererRoot);
  const candidate = resolve(root, ...segments);
  const inside = relative(root, candidate);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return candidate;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/**
 * Print documents (the summary being printed to PDF), held in memory only: each is served
 * once at an unguessable app://waypoint/print/<token>.html and then forgotten, so no
 * plaintext temp file is ever written.
 */
const PRINT_PREFIX = `${APP_ORIGIN}/print/`;
const printDocuments = new Map<string, string>();

export function servePrintDocumentOnce(html: string): { url: string; revoke: () => void } {
  const token = randomBytes(24).toString('hex');
  printDocuments.set(token, html);
  return {
    url: `${PRINT_PREFIX}${token}.html`,
    revoke: () => {
      printDocuments.delete(token);
    },
  };
}

function takePrintDocument(requestUrl: string): string | null {
  const token = /^([0-9a-f]{48})\.html$/.exec(requestUrl.slice(PRINT_PREFIX.length))?.[1];
  if (token === undefined) return null;
  const html = printDocuments.get(token);
  printDocuments.delete(token);
  return html ?? null;
}

/** The protocol handler itself, with file reading passed in so tests can use a temp folder. */
export function createAppRequestHandler(
  rendererRoot: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    if (request.url.startsWith(PRINT_PREFIX)) {
      const html = request.method === 'GET' ? takePrintDocument(request.url) : null;
      if (html === null) return textResponse(404, 'Not found');
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    }
    const path = resolveRendererPath(rendererRoot, request.url);
    if (path === null) return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await read(path);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  };
}

/**
 * Registers on the given session's protocol object: `protocol.handle` on the module only
 * covers the default session, and our window uses its own in-memory partition.
 */
export function registerAppProtocol(target: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  target.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}
