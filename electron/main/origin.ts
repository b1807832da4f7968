/**
 * The app's own origin, and how we tell whether a URL belongs to it. Kept free of any
 * 'electron' import so the IPC sender check can run in plain Node (the e2e harness).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'waypoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none or carries credentials.
 * Built by hand because WHATWG `URL.origin` is the string 'null' for non-special schemes
 * such as app:, which would make every app:// URL look alike.
 */
export function originOf(url: string | undefined): string | null {
  if (typeof url !== 'string' || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

export function isAppUrl(url: string | undefined): boolean {
  return originOf(url) === APP_ORIGIN;
}
