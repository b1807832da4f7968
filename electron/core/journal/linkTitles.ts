import type { Goal } from '../../../shared/goals';
import { linkKey, thoughtLinkText } from '../../../shared/linkTitles';
import type { ObstaclePlan } from '../../../shared/obstaclePlans';
import type { ThoughtRecord } from '../../../shared/thoughtRecords';
import { GOALS_TYPE } from '../goals/goalService';
import { PLANS_TYPE } from '../plans/planService';
import { THOUGHTS_TYPE } from '../thoughts/thoughtService';
import type { Vault } from '../vault/vault';

const SOURCES = [
  ['goal', GOALS_TYPE, (v: unknown) => (v as Goal).title],
  ['thought', THOUGHTS_TYPE, (v: unknown) => thoughtLinkText(v as ThoughtRecord)],
  ['plan', PLANS_TYPE, (v: unknown) => (v as ObstaclePlan).obstacle],
] as const;

/**
 * The current title of everything an entry can link to, keyed `kind:id`. A record shard's
 * array is replaced on every write (Vault.changeRecords), so while none of the three arrays
 * has changed the last map is still right and is returned as is: search calls this per query.
 */
export function linkTitleSource(vault: Vault): () => ReadonlyMap<string, string> {
  let seen: readonly unknown[] = [];
  let titles: ReadonlyMap<string, string> = new Map();
  return () => {
    const arrays = SOURCES.map(([, type]) => vault.getRecords(type));
    if (arrays.length === seen.length && arrays.every((a, i) => a === seen[i])) return titles;
    const next = new Map<string, string>();
    SOURCES.forEach(([kind, , title], i) => {
      for (const record of arrays[i] ?? []) next.set(linkKey(kind, record.id), title(record.value));
    });
    seen = arrays;
    titles = next;
    return titles;
  };
}
