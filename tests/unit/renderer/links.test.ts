import { describe, expect, it } from 'vitest';
import { isSafeWebUrl, parseLinkInput } from '../../../renderer/src/editor/links';

describe('isSafeWebUrl', () => {
  it('accepts http and https pages', () => {
    expect(isSafeWebUrl('https://example.org/')).toBe(true);
    expect(isSafeWebUrl('http://example.org/a?b=c#d')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'mailto:a@example.org',
    'vbscript:x',
    'app://waypoint/index.html',
    'https://user:pw@example.org/',
    'https://user@example.org/',
    '/relative',
    'example.org',
    '',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => {
    expect(isSafeWebUrl(url)).toBe(false);
  });
});

describe('parseLinkInput', () => {
  it('assumes https for a bare address and normalises it', () => {
    expect(parseLinkInput('  Example.org/Calm Page ')).toEqual({
      ok: true,
      href: 'https://example.org/Calm%20Page',
    });
    expect(parseLinkInput('example.org:8080/x')).toEqual({
      ok: true,
      href: 'https://example.org:8080/x',
    });
  });

  it('keeps http when typed', () => {
    expect(parseLinkInput('http://example.org')).toEqual({ ok: true, href: 'http://example.org/' });
  });

  it('refuses other schemes rather than rewriting them', () => {
    for (const input of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:x',
      'mailto:a@b.org',
      'file:///x',
    ]) {
      expect(parseLinkInput(input), input).toEqual({ ok: false, reason: 'scheme' });
    }
  });

  it('refuses empty input and things that are not addresses', () => {
    expect(parseLinkInput('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseLinkInput('https://user:pw@example.org')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseLinkInput('java\tscript:alert(1)')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseLinkInput('https://')).toEqual({ ok: false, reason: 'invalid' });
  });
});
