import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry (and the vault code it imports) into one plain .mjs file, so a
 * child process starts in ~80 ms with plain `node` instead of ~300 ms through tsx: the crash
 * test spawns hundreds of them. Same vite SSR build the CLI uses.
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const fileName = 'child.mjs';
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    root,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node22',
      ssr: true,
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input: resolve(root, entry),
        external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'es', entryFileNames: fileName, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  return join(outDir, fileName);
}
