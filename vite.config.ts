import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

/**
 * One config, four targets chosen by `--mode`:
 *   (default)  renderer  -> dist/renderer   (React + Tiptap, served by the app:// protocol)
 *   main       Electron main process -> dist/main/main.js (ESM)
 *   preload    sandboxed preload     -> dist/preload/preload.cjs (CommonJS: sandboxed preloads can't be ESM)
 *   cli        command-line tool     -> dist/cli/waypoint.js (plain Node)
 */
const root = import.meta.dirname;
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeTarget(
  entry: string,
  outDir: string,
  fileName: string,
  format: 'es' | 'cjs',
): UserConfig {
  return {
    publicDir: false,
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      target: 'node22',
      ssr: true,
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input: resolve(root, entry),
        external: nodeExternals,
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'main') return nodeTarget('electron/main/main.ts', 'dist/main', 'main.js', 'es');
  if (mode === 'preload')
    return nodeTarget('electron/preload/preload.ts', 'dist/preload', 'preload.cjs', 'cjs');
  if (mode === 'cli')
    return nodeTarget('electron/core/cli/main.ts', 'dist/cli', 'waypoint.js', 'es');
  return {
    root: resolve(root, 'renderer'),
    base: './',
    publicDir: false,
    plugins: [react()],
    build: {
      outDir: resolve(root, 'dist/renderer'),
      emptyOutDir: true,
      target: 'chrome140',
      modulePreload: { polyfill: false },
      sourcemap: false,
    },
    preview: {
      port: 4173,
      strictPort: true,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
  };
});
