import type { Goal } from '../../../shared/goals';
import { linkKey, thoughtLinkText } from '../../../shared/linkTitles';
import type { ObstaclePlan } from '../../../shared/obstaclePlans';
import { BUILTIN_SKILLS, type SkillRecord } from '../../../shared/skills';
import type { ThoughtRecord } from '../../../shared/thoughtRecords';
import { GOALS_TYPE } from '../goals/goalService';
import { PLANS_TYPE } from '../plans/planService';
import { SKILLS_TYPE } from '../skills/skillService';
import { THOUGHTS_TYPE } from '../thoughts/thoughtService';
import type { Vault } from '../vault/vault';

/** A record's link title, or null when the record names nothing (a starter skill's state). */
const SOURCES = [
  ['goal', GOALS_TYPE, (v: unknown) => (v as Goal).title],
  ['thought', THOUGHTS_TYPE, (v: unknown) => thoughtLinkText(v as ThoughtRecord)],
  ['plan', PLANS_TYPE, (v: unknown) => (v as ObstaclePlan).obstacle],
  [
    'skill',
    SKILLS_TYPE,
    (v: unknown) => {
      const skill = v as SkillRecord;
      return skill.kind === 'custom' ? skill.name : null;
    },
  ],
] as const;

/**
 * The current title of everything an entry can link to, keyed `kind:id`. The starter skills
 * are not stored, so their names are always in the map. A record shard's array is replaced on
 * every write (Vault.changeRecords), so while none of the source arrays has changed the last
 * map is still right and is returned as is: search calls this per query.
 */
/** Stands for every empty record type: getRecords makes a fresh [] for a type never written. */
const NONE: readonly { id: string; value: unknown }[] = [];

export function linkTitleSource(vault: Vault): () => ReadonlyMap<string, string> {
  let seen: readonly unknown[] = [];
  let titles: ReadonlyMap<string, string> = new Map();
  return () => {
    const arrays = SOURCES.map(([, type]) => {
      const records = vault.getRecords(type);
      return records.length === 0 ? NONE : records;
    });
    if (arrays.length === seen.length && arrays.every((a, i) => a === seen[i])) return titles;
    const next = new Map<string, string>(
      BUILTIN_SKILLS.map((skill) => [linkKey('skill', skill.id), skill.name]),
    );
    SOURCES.forEach(([kind, , title], i) => {
      for (const record of arrays[i] ?? []) {
        const text = title(record.value);
        if (text !== null) next.set(linkKey(kind, record.id), text);
      }
    });
    seen = arrays;
    titles = next;
    return titles;
  };
}
