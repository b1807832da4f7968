import { basename, dirname, join } from 'node:path';
import { ensureDir, fsyncDir, writeFileAtomic } from './atomicFile';
import { sha256Hex } from './crypto';
import { errnoCode } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';
import { readHeader, serializeHeader, writeHeader, type KeyHeader } from './header';

/**
 * Replacing every file of a vault at once (key rotation, restore from a backup) so that a
 * crash or power cut at any point leaves either the old vault or the new one:
 *
 * 1. stage: each new file is written, fsynced, beside its target under a staged name tagged
 *    with the new key header (`entries/.2026-11.wpv.<tag>.wp-stage`), then a small plan
 *    (`.swap.wp-stage`: the tag, the files to replace, the files to remove);
 * 2. commit: the new key header is written (vault.key, then its mirror). That one atomic
 *    rename is the switch;
 * 3. finish: staged files are renamed over their targets, removed files removed, the plan
 *    deleted last.
 *
 * Every open runs `finishSwap` once the key is proven (nothing is written before that): a
 * plan whose tag matches the header in use is finished (rolled forward); any other staged
 * file is from a swap that never committed and is removed (rolled back). No key is needed
 * to decide, so an interrupted swap finishes whichever passphrase opened the vault.
 */
const STAGE_SUFFIX = '.wp-stage';
const PLAN_FILE = `.swap${STAGE_SUFFIX}`;

export interface SwapPlan {
  tag: string;
  replace: string[];
  remove: string[];
}

export function headerTag(header: KeyHeader): string {
  return sha256Hex(serializeHeader(header)).slice(0, 16);
}

function stagedName(name: string, tag: string): string {
  const dir = dirname(name);
  const file = `.${basename(name)}.${tag}${STAGE_SUFFIX}`;
  return dir === '.' ? file : `${dir}/${file}`;
}

export function isStagedFile(name: string): boolean {
  return name.endsWith(STAGE_SUFFIX);
}

/** Steps 1 and 2: stage every file, then write the header that makes them the vault. */
export async function stageAndCommit(
  dir: string,
  header: KeyHeader,
  files: ReadonlyMap<string, Buffer>,
  remove: readonly string[],
  fs: VaultFs = nodeFs,
): Promise<void> {
  const tag = headerTag(header);
  try {
    for (const [name, bytes] of files)
      await writeFileAtomic(join(dir, stagedName(name, tag)), bytes, fs);
    const plan: SwapPlan = { tag, replace: [...files.keys()], remove: [...remove] };
    await writeFileAtomic(join(dir, PLAN_FILE), Buffer.from(JSON.stringify(plan)), fs);
  } catch (error) {
    await removeStaged(dir, fs).catch(() => undefined);
    throw error;
  }
  try {
    await writeHeader(dir, header, fs);
  } catch (error) {
    // writeHeader puts the previous key file back when it can: then the swap never happened
    // and is rolled back. If the new one stayed, it is the vault now: roll forward.
    const onDisk = await readHeader(dir, fs).catch(() => null);
    await finishSwap(dir, onDisk?.header ?? null, fs).catch(() => undefined);
    throw error;
  }
}

async function readPlan(dir: string, fs: VaultFs): Promise<SwapPlan | null> {
  try {
    const plan = JSON.parse((await fs.readFile(join(dir, PLAN_FILE))).toString('utf8')) as unknown;
    if (
      typeof plan === 'object' &&
      plan !== null &&
      'tag' in plan &&
      typeof plan.tag === 'string' &&
      'replace' in plan &&
      Array.isArray(plan.replace) &&
      'remove' in plan &&
      Array.isArray(plan.remove)
    ) {
      return plan as SwapPlan;
    }
    return null;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    // A plan that can't be read was never completely written: the swap did not commit.
    return null;
  }
}

async function exists(path: string, fs: VaultFs): Promise<boolean> {
  try {
    await fs.readFile(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Step 3, and the repair after an interruption: finishes a committed swap for `header`
 * (the header the vault opened with), removes staged files of any other. Returns true when
 * a swap was finished. `header` null: roll back whatever is staged.
 */
export async function finishSwap(
  dir: string,
  header: KeyHeader | null,
  fs: VaultFs = nodeFs,
): Promise<boolean> {
  const plan = await readPlan(dir, fs);
  if (!plan || header === null || plan.tag !== headerTag(header)) {
    await removeStaged(dir, fs);
    return false;
  }
  const touched = new Set<string>();
  for (const name of plan.replace) {
    const staged = join(dir, stagedName(name, plan.tag));
    if (!(await exists(staged, fs))) continue; // already moved before an interruption
    await ensureDir(dirname(join(dir, name)), fs);
    await fs.rename(staged, join(dir, name));
    touched.add(dirname(join(dir, name)));
  }
  for (const name of plan.remove) {
    await fs.rm(join(dir, name), { force: true });
    touched.add(dirname(join(dir, name)));
  }
  for (const folder of touched) await fsyncDir(folder, fs);
  // The plan goes last: until it is gone, the next open finishes the job.
  await fs.rm(join(dir, PLAN_FILE), { force: true });
  await fsyncDir(dir, fs);
  await removeStaged(dir, fs);
  return true;
}

/** Removes every staged file and the plan (plan first: then nothing half-staged can commit). */
async function removeStaged(dir: string, fs: VaultFs): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir, { recursive: true });
  } catch {
    return;
  }
  const staged = names.map((n) => n.split('\\').join('/')).filter(isStagedFile);
  if (staged.length === 0) return;
  if (staged.includes(PLAN_FILE)) {
    await fs.rm(join(dir, PLAN_FILE), { force: true });
    await fsyncDir(dir, fs);
  }
  for (const name of staged) if (name !== PLAN_FILE) await fs.rm(join(dir, name), { force: true });
}
