import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Read electron-builder.yml the way electron-builder itself does (same loader, same schema),
 * so a misspelt option fails here instead of being silently ignored at packaging time.
 */
const root = resolve(import.meta.dirname, '../../..');
let config: Configuration;

/** electron-builder normalises `files` into file sets; flatten them back to patterns. */
function filePatterns(configuration: Configuration): string[] {
  const files = configuration.files;
  const sets = Array.isArray(files) ? files : files == null ? [] : [files];
  return sets.flatMap((set) => {
    if (typeof set === 'string') return [set];
    const filter = set.filter ?? [];
    return typeof filter === 'string' ? [filter] : filter;
  });
}

beforeAll(async () => {
  config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
});

describe('electron-builder configuration', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('pins the fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app into an asar without source maps or node_modules', () => {
    expect(config.asar).toBe(true);
    expect(filePatterns(config)).toEqual([
      'package.json',
      'dist/main/**',
      'dist/preload/**',
      'dist/renderer/**',
      '!**/*.map',
      '!node_modules/**/*',
    ]);
  });

  it('identifies the app and builds for all three platforms', () => {
    expect(config.appId).toBe('org.waypoint.journal');
    expect(config.productName).toBe('Waypoint');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
    });
  });

  it('has its resources in place', () => {
    expect(existsSync(resolve(root, 'build/entitlements.mac.plist'))).toBe(true);
    const icon = readFileSync(resolve(root, config.icon ?? 'missing'));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('grants the macOS app no entitlement beyond the JIT', () => {
    const plist = readFileSync(resolve(root, 'build/entitlements.mac.plist'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });
});
