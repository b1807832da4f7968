import { localDay } from '../../../shared/dates';
import {
  buildSummary,
  defaultPeriod,
  preselectedEntries,
  type SummaryData,
  type SummaryModel,
  type SummaryOptions,
} from '../../../shared/summary';
import { summaryToHtml } from '../../../shared/summaryHtml';
import { summaryToMarkdown } from '../../../shared/summaryMarkdown';
import { listCheckins, listMeasures } from '../checkins/checkinService';
import { listGoals } from '../goals/goalService';
import type { Platform } from '../platform';
import { listPlans } from '../plans/planService';
import type { Session } from '../session';
import { listPractices, listSkills } from '../skills/skillService';
import { listThoughtRecords } from '../thoughts/thoughtService';
import { listCustomTraps } from '../thoughts/trapService';
import { VaultError } from '../vault/errors';
import { listAgenda, listSessions } from './sessionService';

/** Everything the summary may draw on; the model decides what of it is shown. */
export function summaryData(session: Session): SummaryData {
  return {
    entries: session.listEntries(),
    checkins: listCheckins(session),
    measures: listMeasures(session),
    goals: listGoals(session),
    plans: listPlans(session),
    thoughts: listThoughtRecords(session),
    customTraps: listCustomTraps(session),
    sessions: listSessions(session),
    agenda: listAgenda(session),
    skills: listSkills(session),
    practices: listPractices(session),
  };
}

export function summaryDefaults(
  session: Session,
  now: Date,
): { from: string; to: string; entries: SummaryOptions['entries']; lastSession: string | null } {
  const today = localDay(now);
  const sessions = listSessions(session);
  const { from, to } = defaultPeriod(sessions, today);
  const last = sessions
    .filter((s) => s.date < today)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    from,
    to,
    entries: preselectedEntries(session.listEntries(), from, to),
    lastSession: last?.date ?? null,
  };
}

export function renderSummary(
  session: Session,
  options: SummaryOptions,
  now: Date,
): { model: SummaryModel; html: string; markdown: string } {
  if (options.from > options.to)
    throw new VaultError('invalid_input', 'The start of the period is after its end.');
  const model = buildSummary(summaryData(session), options, localDay(now));
  return { model, html: summaryToHtml(model), markdown: summaryToMarkdown(model) };
}

/** Exports through the platform's save dialog; returns where it was saved, or null if cancelled. */
export async function exportSummary(
  session: Session,
  platform: Platform,
  options: SummaryOptions,
  format: 'pdf' | 'md',
  pageSize: 'A4' | 'Letter',
  now: Date,
): Promise<{ path: string | null }> {
  const { model, html, markdown } = renderSummary(session, options, now);
  const name = `waypoint-summary-${model.from}-to-${model.to}.${format}`;
  if (!platform.saveFile)
    throw new VaultError('invalid_input', 'Saving files is not available here.');
  if (format === 'md')
    return { path: await platform.saveFile(name, Buffer.from(markdown, 'utf8'), 'md') };
  if (!platform.printToPdf)
    throw new VaultError('invalid_input', 'Printing to PDF is not available here.');
  const pdf = await platform.printToPdf(html, {
    pageSize,
    title: `Summary ${model.from} to ${model.to}`,
  });
  return { path: await platform.saveFile(name, pdf, 'pdf') };
}
