/**
 * Child process for the crash test: opens the vault given on the command line, reports what
 * it found, then saves entries in a loop until the parent SIGKILLs it. One JSON line per
 * event on stdout (pipes are synchronous on Linux, so a line printed is a line the parent
 * will read even if the process is killed right after):
 *
 *   OPENED {notices, entries: [id, version, hash, date][], temps}  after the open
 *   SAVING {op, id?, version?, hash}                                 before a save starts
 *   ACK    {id, version, hash}                                       after a save resolved
 */
import { readdir } from 'node:fs/promises';
import { isTempFile } from '../../electron/core/vault/atomicFile';
import { Vault } from '../../electron/core/vault/vault';
import { PASSPHRASE, TEST_KDF, doc } from '../support/vaultFixtures';
import { entryHash, random } from './saverProtocol';

function say(kind: string, payload: unknown): void {
  process.stdout.write(`${kind} ${JSON.stringify(payload)}\n`);
}

async function main(): Promise<void> {
  const [dir, seedText] = process.argv.slice(2);
  if (!dir) throw new Error('usage: saver <vault dir> <seed>');
  const next = random(Number(seedText ?? 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const months = ['2026-01', '2026-02', '2026-03', '2025-12', '2025-11'];

  const vault = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
  const temps = (await readdir(dir, { recursive: true })).filter((n) => isTempFile(n));
  say('OPENED', {
    notices: vault.notices.map((n) => n.kind),
    entries: vault.listEntries().map((e) => [e.id, e.version, entryHash(e), e.date]),
    temps,
  });

  for (let round = 0; ; round += 1) {
    const entries = vault.listEntries();
    const roll = next();
    // Text of varied length (up to ~40 kB) so that kills land in writes of different sizes.
    const text = `round ${round} ${'x'.repeat(Math.floor(next() ** 3 * 40_000))}`;
    if (entries.length < 4 || roll < 0.12) {
      const date = `${pick(months)}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      const content = doc(text);
      say('SAVING', { op: 'create', hash: entryHash({ date, title: '', content }) });
      const created = await vault.createEntry(date, { content });
      say('ACK', { id: created.id, version: created.version, hash: entryHash(created) });
    } else {
      const current = pick(entries);
      const move = roll < 0.25;
      const date = move ? `${pick(months)}-${current.date.slice(8)}` : current.date;
      const content = doc(text);
      const expected = { date, title: current.title, content };
      say('SAVING', {
        op: move ? 'move' : 'save',
        id: current.id,
        version: current.version + 1,
        hash: entryHash(expected),
      });
      const saved = await vault.saveEntry({ id: current.id, date, content });
      say('ACK', { id: saved.id, version: saved.version, hash: entryHash(saved) });
    }
  }
}

await main();
