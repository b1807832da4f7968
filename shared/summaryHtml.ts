import { SECTION_TITLES, type SummaryModel } from './summary';
import type { SkillsSummary } from './summarySkills';

/**
 * The summary as HTML for the preview and the PDF: one `<article class="summary">` with
 * vector (SVG) charts. Every piece of text is escaped; there is no script, no inline style
 * and no remote resource, so it renders under the app's CSP. Styling comes from the app's
 * stylesheet (classes only).
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;
const signed = (n: number | null, unit = ''): string =>
  n === null ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}${unit}`;
const num = (n: number | null): string => (n === null ? '—' : String(n));

interface Point {
  date: string;
  value: number;
}

function dayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

/**
 * A small line chart. Points carry a shape and their value as text, so nothing depends on
 * colour; `lines` draws reference lines (baseline, target, ideal pace).
 */
export function lineChartSvg(options: {
  title: string;
  description: string;
  from: string;
  to: string;
  min: number;
  max: number;
  points: Point[];
  lines?: { label: string; from: Point; to: Point; kind: 'target' | 'baseline' | 'ideal' }[];
}): string {
  const width = 560;
  const height = 180;
  const pad = { left: 34, right: 12, top: 12, bottom: 26 };
  const x0 = dayIndex(options.from);
  const span = Math.max(1, dayIndex(options.to) - x0);
  const range = Math.max(1e-9, options.max - options.min);
  const x = (date: string): number =>
    pad.left + ((dayIndex(date) - x0) / span) * (width - pad.left - pad.right);
  const y = (value: number): number =>
    pad.top + (1 - (value - options.min) / range) * (height - pad.top - pad.bottom);
  const fmt = (n: number): string => n.toFixed(1);
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${slug(options.title)}-t ${slug(options.title)}-d">`,
    `<title id="${slug(options.title)}-t">${e(options.title)}</title><desc id="${slug(options.title)}-d">${e(options.description)}</desc>`,
    `<line class="chart__axis" x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="currentColor" stroke-width="1"/>`,
    `<line class="chart__axis" x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="currentColor" stroke-width="1"/>`,
    `<text class="chart__label" x="${pad.left - 4}" y="${fmt(y(options.max) + 4)}" text-anchor="end" font-size="10" fill="currentColor">${num(options.max)}</text>`,
    `<text class="chart__label" x="${pad.left - 4}" y="${fmt(y(options.min) + 4)}" text-anchor="end" font-size="10" fill="currentColor">${num(options.min)}</text>`,
    `<text class="chart__label" x="${pad.left}" y="${height - 8}" font-size="10" fill="currentColor">${e(options.from)}</text>`,
    `<text class="chart__label" x="${width - pad.right}" y="${height - 8}" text-anchor="end" font-size="10" fill="currentColor">${e(options.to)}</text>`,
  );
  for (const line of options.lines ?? []) {
    const dash = line.kind === 'ideal' ? '6 4' : line.kind === 'baseline' ? '2 3' : '';
    parts.push(
      `<line class="chart__ref chart__ref--${line.kind}" x1="${fmt(x(line.from.date))}" y1="${fmt(y(line.from.value))}" x2="${fmt(x(line.to.date))}" y2="${fmt(y(line.to.value))}" stroke="currentColor" stroke-width="1.2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text class="chart__label" x="${fmt(x(line.to.date) - 2)}" y="${fmt(y(line.to.value) - 4)}" text-anchor="end" font-size="10" fill="currentColor">${e(line.label)}</text>`,
    );
  }
  if (options.points.length > 1) {
    const path = options.points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(x(p.date))} ${fmt(y(p.value))}`)
      .join(' ');
    parts.push(
      `<path class="chart__line" d="${path}" fill="none" stroke="currentColor" stroke-width="2"/>`,
    );
  }
  for (const p of options.points) {
    parts.push(
      `<rect class="chart__point" x="${fmt(x(p.date) - 3)}" y="${fmt(y(p.value) - 3)}" width="6" height="6" fill="currentColor"/>`,
    );
  }
  if (options.points.length <= 14) {
    for (const p of options.points) {
      parts.push(
        `<text class="chart__value" x="${fmt(x(p.date))}" y="${fmt(y(p.value) - 7)}" text-anchor="middle" font-size="10" fill="currentColor">${num(p.value)}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

function slug(text: string): string {
  return `c-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)}`;
}

function section(id: string, title: string, body: string): string {
  return `<section class="summary__section" aria-labelledby="s-${id}"><h2 id="s-${id}">${e(title)}</h2>${body}</section>`;
}

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const para = (text: string): string => `<p>${e(text)}</p>`;
const statusWord = (s: string): string => (s === 'letGo' ? 'let go' : s);

export function summaryToHtml(model: SummaryModel): string {
  const out: string[] = [];
  out.push('<article class="summary">');
  out.push(
    `<header class="summary__header"><h1>Summary for my therapy session</h1><p class="summary__period">Period: ${e(model.from)} to ${e(model.to)} · Prepared on ${e(model.preparedOn)}</p></header>`,
  );

  if (model.mood) {
    const m = model.mood;
    const body =
      m.count === 0
        ? para('No check-ins in this period.')
        : [
            para(
              `${m.count} check-ins. Average mood ${num(m.average)} out of 10 (lowest ${num(m.lowest)}, highest ${num(m.highest)}).` +
                (m.sleepAverage === null ? '' : ` Average sleep ${m.sleepAverage} hours.`),
            ),
            lineChartSvg({
              title: 'Mood over the period',
              description: `Daily mood from ${model.from} to ${model.to}, on a scale of 1 to 10; average ${num(m.average)}.`,
              from: model.from,
              to: model.to,
              min: 1,
              max: 10,
              points: m.points.map((p) => ({ date: p.date, value: p.mood })),
            }),
            m.topEmotions.length > 0
              ? para(
                  `Words I used most: ${m.topEmotions.map((w) => `${w.word} (${w.count})`).join(', ')}.`,
                )
              : '',
            table(
              ['Week of', 'Average mood', 'Check-ins'],
              m.weekly.map((w) => [w.weekOf, String(w.average), String(w.count)]),
            ),
          ].join('');
    out.push(section('mood', SECTION_TITLES.mood, body));
  }

  if (model.measures) {
    const parts: string[] = [];
    if (model.measures.instruments.length === 0)
      parts.push(para('No questionnaires in this period.'));
    for (const i of model.measures.instruments) {
      parts.push(
        `<h3>${e(i.name)}</h3>`,
        table(
          ['Date', 'Score', 'Band', 'Change since previous'],
          i.results.map((r) => [r.date, `${r.total} of ${r.max}`, r.band, signed(r.change)]),
        ),
      );
    }
    for (const item of model.measures.item9) {
      parts.push(
        `<p class="summary__flag"><strong>PHQ-9 question 9</strong> (thoughts of being better off dead or of self-harm) on ${e(item.date)}: answered “${e(item.label)}” (${item.answer}).</p>`,
      );
    }
    parts.push(
      '<p class="summary__note">Self-report questionnaires, to discuss together; not a diagnosis.</p>',
    );
    out.push(section('measures', SECTION_TITLES.measures, parts.join('')));
  }

  if (model.goals) {
    const parts: string[] = [];
    if (model.goals.length === 0) parts.push(para('No goals in this period.'));
    for (const g of model.goals) {
      const line =
        `Start ${num(g.baseline)} → latest ${num(g.latest)} → target ${num(g.target)} ${g.unit}` +
        (g.percent === null ? '' : ` · ${g.percent}% of the way`) +
        (g.targetDate ? ` · by ${g.targetDate}` : '');
      parts.push(
        `<div class="summary__goal"><h3>${e(g.title)} <span class="summary__status">(${e(statusWord(g.status))})</span></h3>`,
        para(line),
      );
      if (g.paceNow !== null || g.paceNeeded !== null) {
        const r = (n: number | null): number | null =>
          n === null ? null : Math.round(n * 10) / 10;
        parts.push(
          para(`Pace per week: now ${signed(r(g.paceNow))}, needed ${signed(r(g.paceNeeded))}.`),
        );
      }
      if (g.checkins.length > 0 && g.baseline !== null && g.target !== null) {
        const values = [g.baseline, g.target, ...g.checkins.map((c) => c.value)];
        parts.push(
          lineChartSvg({
            title: `Progress: ${g.title}`,
            description: `Check-ins for ${g.title} between ${model.from} and ${model.to}: ${g.checkins.map((c) => `${c.date} ${c.value}`).join(', ')}; target ${g.target}.`,
            from: model.from,
            to: model.to,
            min: Math.min(...values),
            max: Math.max(...values),
            points: g.checkins.map((c) => ({ date: c.date, value: c.value })),
            lines: [
              {
                label: `target ${g.target}`,
                kind: 'target',
                from: { date: model.from, value: g.target },
                to: { date: model.to, value: g.target },
              },
              {
                label: `start ${g.baseline}`,
                kind: 'baseline',
                from: { date: model.from, value: g.baseline },
                to: { date: model.to, value: g.baseline },
              },
            ],
          }),
        );
      }
      for (const s of g.statusChanges)
        parts.push(
          para(`Status on ${s.on}: ${statusWord(s.status)}${s.note ? ` — ${s.note}` : ''}.`),
        );
      parts.push('</div>');
    }
    out.push(section('goals', SECTION_TITLES.goals, parts.join('')));
  }

  if (model.plans) {
    const parts: string[] = [];
    if (model.plans.length === 0) parts.push(para('No obstacle plans yet.'));
    for (const p of model.plans) {
      parts.push(
        `<h3>${e(p.obstacle)}</h3>`,
        para(`Came up ${p.cameUp} time${p.cameUp === 1 ? '' : 's'} in this period.`),
      );
      if (p.plans.length > 0) {
        parts.push(
          `<ul>${p.plans
            .map(
              (plan) =>
                `<li>${e(plan.sentence)} — came up ${plan.cameUp}×, follow-through ${plan.followThrough === null ? '—' : `${plan.followThrough}%`}</li>`,
            )
            .join('')}</ul>`,
        );
      }
    }
    out.push(section('plans', SECTION_TITLES.plans, parts.join('')));
  }

  if (model.thoughts) {
    const t = model.thoughts;
    const parts = [
      para(
        `${t.count} completed record${t.count === 1 ? '' : 's'}. Average change in emotion intensity ${signed(t.averageEmotionChange)} points; in belief in the hot thought ${signed(t.averageBeliefChange)} points.`,
      ),
    ];
    if (t.topTraps.length > 0)
      parts.push(
        para(
          `Thinking traps I noticed most: ${t.topTraps.map((x) => `${x.name} (${x.count})`).join(', ')}.`,
        ),
      );
    for (const r of t.picked) {
      parts.push(`<div class="summary__record"><h3>Record from ${e(r.date)}</h3>`);
      if (r.situation) parts.push(para(`Situation: ${r.situation}`));
      if (r.hotThought) parts.push(para(`Hot thought: ${r.hotThought}`));
      if (r.emotions.length > 0)
        parts.push(
          para(
            `Emotions: ${r.emotions.map((em) => `${em.name} ${em.before} → ${em.after ?? '—'}`).join(', ')}`,
          ),
        );
      if (r.traps.length > 0) parts.push(para(`Traps: ${r.traps.join(', ')}`));
      if (r.balancedThought) parts.push(para(`Balanced thought: ${r.balancedThought}`));
      parts.push('</div>');
    }
    out.push(section('thoughts', SECTION_TITLES.thoughts, parts.join('')));
  }

  if (model.excerpts) {
    const parts: string[] = [];
    if (model.excerpts.length === 0) parts.push(para('No journal entries chosen to share.'));
    for (const x of model.excerpts) {
      parts.push(
        `<div class="summary__excerpt"><h3>${e(x.date)}${x.title ? ` — ${e(x.title)}` : ''}${x.partial ? ' <span class="summary__status">(excerpt)</span>' : ''}</h3><blockquote>${x.text
          .split(/\n+/)
          .map((line) => para(line))
          .join('')}</blockquote></div>`,
      );
    }
    out.push(section('excerpts', SECTION_TITLES.excerpts, parts.join('')));
  }

  if (model.agenda) {
    out.push(
      section(
        'agenda',
        SECTION_TITLES.agenda,
        model.agenda.length === 0
          ? para('Nothing on the agenda.')
          : `<ul>${model.agenda.map((a) => `<li>${e(a)}</li>`).join('')}</ul>`,
      ),
    );
  }

  if (model.skills) out.push(section('skills', SECTION_TITLES.skills, skillsHtml(model.skills)));

  if (model.homework) {
    out.push(
      section(
        'homework',
        SECTION_TITLES.homework,
        model.homework.length === 0
          ? para('No homework.')
          : `<ul class="summary__homework">${model.homework
              .map(
                (h) =>
                  `<li>${h.done ? '✓ Done' : '○ Not done'}: ${e(h.text)}${h.due ? ` (due ${e(h.due)})` : ''}</li>`,
              )
              .join('')}</ul>`,
      ),
    );
  }

  out.push(`<footer class="summary__footer">${e(model.footer)}</footer>`, '</article>');
  return out.join('');
}

/** A complete HTML document for printing, styled by the given same-origin stylesheet. */
export function summaryDocument(model: SummaryModel, stylesheetHref: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summary ${e(model.from)} to ${e(model.to)}</title><link rel="stylesheet" href="${e(stylesheetHref)}"></head><body class="print">${summaryToHtml(model)}</body></html>`;
}

/**
 * The same summary with every heading moved down `shift` levels, for showing it inside a page
 * that has its own h1 (the preview). Safe on this HTML because all user text in it is escaped,
 * so "<h" only ever starts one of our own heading tags.
 */
export function nestHeadings(html: string, shift: number): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`,
  );
}

/** "Skills practised": counts and figures only, never a practice's situation or note. */
function skillsHtml(k: SkillsSummary): string {
  const parts = [
    para(
      k.practices === 0
        ? 'No skills practised in this period.'
        : `${k.practices} practice${k.practices === 1 ? '' : 's'} of coping skills in this period.`,
    ),
  ];
  if (k.mostHelpful.length > 0)
    parts.push(
      para(
        `Most helpful: ${k.mostHelpful.map((h) => `${h.name} (${h.averageHelpful} of 5)`).join(', ')}.`,
      ),
    );
  if (k.bySkill.length > 0)
    parts.push(
      table(
        ['Skill', 'Times', 'How helpful (1–5)', 'Intensity before → after'],
        k.bySkill.map((s) => [
          s.name,
          String(s.count),
          num(s.averageHelpful),
          signed(s.averageChange),
        ]),
      ),
    );
  if (k.homework.length > 0)
    parts.push(
      `<h3>Skill homework</h3><ul class="summary__homework">${k.homework
        .map(
          (h) =>
            `<li>${h.complete ? '✓' : '○'} ${e(h.skill)}: practised ${h.done} of ${h.times} times${h.due ? ` (due ${e(h.due)})` : ''}</li>`,
        )
        .join('')}</ul>`,
    );
  return parts.join('');
}
