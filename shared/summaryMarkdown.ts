import { SECTION_TITLES, type SummaryModel } from './summary';
import type { SkillsSummary } from './summarySkills';

/**
 * The summary as Markdown: plain, readable as text, and carrying exactly what the model
 * holds. Charts become short tables.
 */
const signed = (n: number | null, unit = ''): string =>
  n === null ? '—' : `${n > 0 ? '+' : ''}${n}${unit}`;
const num = (n: number | null): string => (n === null ? '—' : String(n));
const escape = (text: string): string => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escape(line)}`.trimEnd())
    .join('\n');
}

export function summaryToMarkdown(model: SummaryModel): string {
  const out: string[] = [];
  out.push('# Summary for my therapy session', '');
  out.push(`Period: ${model.from} to ${model.to} · Prepared on ${model.preparedOn}`, '');

  if (model.mood) {
    const m = model.mood;
    out.push(`## ${SECTION_TITLES.mood}`, '');
    if (m.count === 0) out.push('No check-ins in this period.', '');
    else {
      out.push(
        `${m.count} check-ins. Average mood ${num(m.average)} out of 10 (lowest ${num(m.lowest)}, highest ${num(m.highest)}).` +
          (m.sleepAverage === null ? '' : ` Average sleep ${m.sleepAverage} hours.`),
        '',
      );
      if (m.topEmotions.length > 0)
        out.push(
          `Words I used most: ${m.topEmotions.map((e) => `${escape(e.word)} (${e.count})`).join(', ')}.`,
          '',
        );
      out.push('| Week of | Average mood | Check-ins |', '|---|---:|---:|');
      for (const w of m.weekly) out.push(`| ${w.weekOf} | ${w.average} | ${w.count} |`);
      out.push('');
    }
  }

  if (model.measures) {
    out.push(`## ${SECTION_TITLES.measures}`, '');
    if (model.measures.instruments.length === 0) out.push('No questionnaires in this period.', '');
    for (const instrument of model.measures.instruments) {
      out.push(
        `### ${instrument.name}`,
        '',
        '| Date | Score | Band | Change since previous |',
        '|---|---:|---|---:|',
      );
      for (const r of instrument.results)
        out.push(`| ${r.date} | ${r.total} of ${r.max} | ${r.band} | ${signed(r.change)} |`);
      out.push('');
    }
    for (const item of model.measures.item9) {
      out.push(
        `**PHQ-9 question 9** (thoughts of being better off dead or of self-harm) on ${item.date}: answered "${item.label}" (${item.answer}).`,
        '',
      );
    }
  }

  if (model.goals) {
    out.push(`## ${SECTION_TITLES.goals}`, '');
    if (model.goals.length === 0) out.push('No goals in this period.', '');
    for (const g of model.goals) {
      out.push(`### ${escape(g.title)} (${g.status === 'letGo' ? 'let go' : g.status})`, '');
      out.push(
        `Start ${num(g.baseline)} → latest ${num(g.latest)} → target ${num(g.target)} ${escape(g.unit)}` +
          (g.percent === null ? '' : ` · ${g.percent}% of the way`) +
          (g.targetDate ? ` · by ${g.targetDate}` : ''),
      );
      if (g.paceNow !== null || g.paceNeeded !== null) {
        out.push(
          '',
          `Pace per week: now ${signed(g.paceNow === null ? null : Math.round(g.paceNow * 10) / 10)}, needed ${signed(g.paceNeeded === null ? null : Math.round(g.paceNeeded * 10) / 10)}.`,
        );
      }
      if (g.checkins.length > 0)
        out.push('', `Check-ins: ${g.checkins.map((c) => `${c.date}: ${c.value}`).join('; ')}.`);
      for (const s of g.statusChanges)
        out.push(
          '',
          `Status on ${s.on}: ${s.status === 'letGo' ? 'let go' : s.status}${s.note ? ` — ${escape(s.note)}` : ''}.`,
        );
      out.push('');
    }
  }

  if (model.plans) {
    out.push(`## ${SECTION_TITLES.plans}`, '');
    if (model.plans.length === 0) out.push('No obstacle plans yet.', '');
    for (const p of model.plans) {
      out.push(
        `### ${escape(p.obstacle)}`,
        '',
        `Came up ${p.cameUp} time${p.cameUp === 1 ? '' : 's'} in this period.`,
        '',
      );
      for (const plan of p.plans) {
        out.push(
          `- ${escape(plan.sentence)} — came up ${plan.cameUp}×, follow-through ${plan.followThrough === null ? '—' : `${plan.followThrough}%`}`,
        );
      }
      out.push('');
    }
  }

  if (model.thoughts) {
    const t = model.thoughts;
    out.push(`## ${SECTION_TITLES.thoughts}`, '');
    out.push(
      `${t.count} completed record${t.count === 1 ? '' : 's'}. Average change in emotion intensity ${signed(t.averageEmotionChange)} points; in belief in the hot thought ${signed(t.averageBeliefChange)} points.`,
      '',
    );
    if (t.topTraps.length > 0)
      out.push(
        `Thinking traps I noticed most: ${t.topTraps.map((x) => `${escape(x.name)} (${x.count})`).join(', ')}.`,
        '',
      );
    for (const r of t.picked) {
      out.push(`### Record from ${r.date}`, '');
      if (r.situation) out.push(`Situation: ${escape(r.situation)}`, '');
      if (r.hotThought) out.push(`Hot thought: ${escape(r.hotThought)}`, '');
      if (r.emotions.length > 0)
        out.push(
          `Emotions: ${r.emotions.map((e) => `${escape(e.name)} ${e.before} → ${e.after ?? '—'}`).join(', ')}`,
          '',
        );
      if (r.traps.length > 0) out.push(`Traps: ${r.traps.map(escape).join(', ')}`, '');
      if (r.balancedThought) out.push(`Balanced thought: ${escape(r.balancedThought)}`, '');
    }
  }

  if (model.excerpts) {
    out.push(`## ${SECTION_TITLES.excerpts}`, '');
    if (model.excerpts.length === 0) out.push('No journal entries chosen to share.', '');
    for (const e of model.excerpts) {
      out.push(
        `### ${e.date}${e.title ? ` — ${escape(e.title)}` : ''}${e.partial ? ' (excerpt)' : ''}`,
        '',
        quote(e.text),
        '',
      );
    }
  }

  if (model.agenda) {
    out.push(`## ${SECTION_TITLES.agenda}`, '');
    if (model.agenda.length === 0) out.push('Nothing on the agenda.', '');
    else out.push(...model.agenda.map((a) => `- ${escape(a)}`), '');
  }

  if (model.skills) out.push(`## ${SECTION_TITLES.skills}`, '', ...skillsMarkdown(model.skills));

  if (model.homework) {
    out.push(`## ${SECTION_TITLES.homework}`, '');
    if (model.homework.length === 0) out.push('No homework.', '');
    else
      out.push(
        ...model.homework.map(
          (h) => `- [${h.done ? 'x' : ' '}] ${escape(h.text)}${h.due ? ` (due ${h.due})` : ''}`,
        ),
        '',
      );
  }

  out.push('---', '', `_${model.footer}_`, '');
  return out.join('\n');
}

/** "Skills practised": counts and figures only, never a practice's situation or note. */
function skillsMarkdown(k: SkillsSummary): string[] {
  const out: string[] = [];
  if (k.practices === 0) out.push('No skills practised in this period.', '');
  else
    out.push(
      `${k.practices} practice${k.practices === 1 ? '' : 's'} of coping skills in this period.`,
      '',
    );
  if (k.mostHelpful.length > 0)
    out.push(
      `Most helpful: ${k.mostHelpful.map((h) => `${escape(h.name)} (${h.averageHelpful} of 5)`).join(', ')}.`,
      '',
    );
  if (k.bySkill.length > 0) {
    out.push(
      '| Skill | Times | How helpful (1–5) | Intensity before → after |',
      '|---|---:|---:|---:|',
    );
    for (const s of k.bySkill)
      out.push(
        `| ${escape(s.name)} | ${s.count} | ${num(s.averageHelpful)} | ${signed(s.averageChange)} |`,
      );
    out.push('');
  }
  if (k.homework.length > 0) {
    out.push('### Skill homework', '');
    for (const h of k.homework)
      out.push(
        `- [${h.complete ? 'x' : ' '}] ${escape(h.skill)}: practised ${h.done} of ${h.times} times${h.due ? ` (due ${h.due})` : ''}`,
      );
    out.push('');
  }
  return out;
}
