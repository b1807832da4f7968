/**
 * Which links the editor accepts: web pages only (http or https), never javascript:, data:,
 * file: or custom schemes, and no user name or password in the address. Main checks the
 * same again before it opens anything (shared/contract.ts, externalUrlSchema).
 */
export function isSafeWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.hostname !== '' &&
    value.length <= 2048
  );
}

export type LinkInput =
  { ok: true; href: string } | { ok: false; reason: 'empty' | 'scheme' | 'invalid' };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * What someone typed in the link dialog → a link we accept. "example.org/page" becomes
 * "https://example.org/page"; anything with another scheme is refused, not rewritten.
 */
export function parseLinkInput(input: string): LinkInput {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // "localhost:3000" looks like a scheme but isn't one; a dot or slash before the colon
  // can't be part of a scheme, so only a bare word followed by ":" counts.
  const schemed = HAS_SCHEME.test(text) && !/^[^:]*\.[^:]*:\d/.test(text);
  if (schemed && !/^https?:/i.test(text)) return { ok: false, reason: 'scheme' };
  const candidate = schemed ? text : `https://${text}`;
  if (!isSafeWebUrl(candidate)) return { ok: false, reason: 'invalid' };
  // Let URL normalise it (lower-case host, encoded spaces), so what we store is what opens.
  return { ok: true, href: new URL(candidate).href };
}
