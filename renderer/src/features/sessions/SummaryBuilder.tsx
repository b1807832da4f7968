import './summary.css';
import { nestHeadings } from '../../../../shared/summaryHtml';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { addDays, localDay } from '../../../../shared/dates';
import {
  SECTION_TITLES,
  SUMMARY_SECTIONS,
  type SummaryOptions,
  type SummarySection,
} from '../../../../shared/summary';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import {
  useExportSummary,
  usePickableEntries,
  usePickableThoughts,
  useSummaryBuild,
  useSummaryDefaults,
} from './queries';
import { sessionStrings as s } from './strings';

type Period = 'since' | 'w2' | 'w4' | 'w8' | 'custom';
type Picked = SummaryOptions['entries'][number];

const ALL_ON = Object.fromEntries(SUMMARY_SECTIONS.map((k) => [k, true])) as Record<
  SummarySection,
  boolean
>;

/** Builds the options from the user's choices, previews them, and saves exactly that. */
export function SummaryBuilder() {
  const id = useId();
  const today = localDay(new Date());
  const defaults = useSummaryDefaults();
  const entries = usePickableEntries();
  const thoughts = usePickableThoughts();
  const [period, setPeriod] = useState<Period>('since');
  const [custom, setCustom] = useState({ from: addDays(today, -27), to: today });
  const [sections, setSections] = useState(ALL_ON);
  const [picked, setPicked] = useState<Picked[] | null>(null);
  const [adding, setAdding] = useState('');
  const [thoughtIds, setThoughtIds] = useState<string[]>([]);
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [saved, setSaved] = useState('');
  const save = useExportSummary();

  // Shared entries start out picked (the defaults), until the user changes the list.
  const current = picked ?? defaults.data?.entries ?? null;

  const range = useMemo(() => {
    switch (period) {
      case 'since':
        return defaults.data ? { from: defaults.data.from, to: defaults.data.to } : null;
      case 'w2':
        return { from: addDays(today, -13), to: today };
      case 'w4':
        return { from: addDays(today, -27), to: today };
      case 'w8':
        return { from: addDays(today, -55), to: today };
      case 'custom':
        return custom;
    }
  }, [period, defaults.data, today, custom]);

  const options: SummaryOptions | null =
    range && current
      ? {
          from: range.from,
          to: range.to,
          sections,
          entries: current,
          thoughtRecordIds: thoughtIds,
        }
      : null;
  const deferred = useDeferredValue(options);
  const build = useSummaryBuild(deferred);

  const entryLabel = (entryId: string): string => {
    const e = entries.data?.find((x) => x.id === entryId);
    return e ? `${e.date} — ${e.title.trim() || s.untitled}` : s.untitled;
  };
  const unpicked = (entries.data ?? []).filter((e) => !current?.some((p) => p.entryId === e.id));
  const excerptsAsked = sections.excerpts ? (current ?? []).length : 0;
  const excerptsShown = build.data?.model.excerpts?.length ?? 0;
  const dropped = build.data && !build.isPlaceholderData ? excerptsAsked - excerptsShown : 0;

  const setPick = (entryId: string, patch: Partial<Picked>) => {
    setPicked((current ?? []).map((p) => (p.entryId === entryId ? { ...p, ...patch } : p)));
  };

  const exportAs = (format: 'pdf' | 'md') => {
    if (!options) return;
    setSaved('');
    save.mutate(
      { options, format, pageSize },
      {
        onSuccess: ({ path }) => {
          setSaved(path === null ? s.notSaved : s.savedTo(path));
        },
      },
    );
  };

  return (
    <>
      <section className="sessions-card" aria-labelledby={`${id}-builder`}>
        <h2 id={`${id}-builder`}>{s.builderHeading}</h2>
        <p className="muted">{s.builderIntro}</p>
        {defaults.isError && <p className="muted">{s.loadFailed}</p>}
        <div className="summary-builder">
          <fieldset className="sessions-fieldset">
            <legend>{s.period}</legend>
            <div className="field">
              <label htmlFor={`${id}-period`}>{s.periodLabel}</label>
              <select
                id={`${id}-period`}
                value={period}
                onChange={(e) => {
                  setPeriod(e.target.value as Period);
                }}
              >
                {(Object.keys(s.periods) as Period[]).map((p) => (
                  <option key={p} value={p}>
                    {s.periods[p]}
                  </option>
                ))}
              </select>
            </div>
            {period === 'custom' && (
              <div className="sessions-form__row">
                <div className="field">
                  <label htmlFor={`${id}-from`}>{s.from}</label>
                  <input
                    id={`${id}-from`}
                    type="date"
                    value={custom.from}
                    onChange={(e) => {
                      if (e.target.value) setCustom((c) => ({ ...c, from: e.target.value }));
                    }}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-to`}>{s.to}</label>
                  <input
                    id={`${id}-to`}
                    type="date"
                    value={custom.to}
                    onChange={(e) => {
                      if (e.target.value) setCustom((c) => ({ ...c, to: e.target.value }));
                    }}
                  />
                </div>
              </div>
            )}
            {range && (
              <p className="muted sessions-hint">
                {range.from} – {range.to}
              </p>
            )}
          </fieldset>

          <fieldset className="sessions-fieldset">
            <legend>{s.sectionsLegend}</legend>
            <div className="summary-builder__sections">
              {SUMMARY_SECTIONS.map((key) => (
                <label key={key} className="checkbox">
                  <input
                    type="checkbox"
                    checked={sections[key]}
                    onChange={(e) => {
                      setSections((all) => ({ ...all, [key]: e.target.checked }));
                    }}
                  />
                  {SECTION_TITLES[key]}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="sessions-fieldset" disabled={!sections.excerpts}>
            <legend>{s.entriesLegend}</legend>
            <p className="muted sessions-hint">{s.entriesIntro}</p>
            {(current ?? []).length === 0 && <p className="muted">{s.noPickedEntries}</p>}
            <ul className="summary-builder__entries">
              {(current ?? []).map((p) => {
                const label = entryLabel(p.entryId);
                return (
                  <li key={p.entryId} className="summary-builder__entry">
                    <p className="summary-builder__entry-title">{label}</p>
                    <div className="field">
                      <label htmlFor={`${id}-mode-${p.entryId}`}>{s.shareMode(label)}</label>
                      <select
                        id={`${id}-mode-${p.entryId}`}
                        value={p.mode}
                        onChange={(e) => {
                          setPick(p.entryId, { mode: e.target.value as Picked['mode'] });
                        }}
                      >
                        <option value="full">{s.modeFull}</option>
                        <option value="excerpt">{s.modeExcerpt}</option>
                      </select>
                    </div>
                    {p.mode === 'excerpt' && (
                      <div className="field">
                        <label htmlFor={`${id}-ex-${p.entryId}`}>{s.excerptLabel(label)}</label>
                        <textarea
                          id={`${id}-ex-${p.entryId}`}
                          rows={3}
                          maxLength={20_000}
                          aria-describedby={`${id}-exhint-${p.entryId}`}
                          value={p.excerpt ?? ''}
                          onChange={(e) => {
                            setPick(p.entryId, { excerpt: e.target.value });
                          }}
                        />
                        <p className="muted sessions-hint" id={`${id}-exhint-${p.entryId}`}>
                          {s.excerptHint}
                        </p>
                      </div>
                    )}
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => {
                        setPicked((current ?? []).filter((x) => x.entryId !== p.entryId));
                      }}
                    >
                      {s.removeEntry(label)}
                    </button>
                  </li>
                );
              })}
            </ul>
            {dropped > 0 && (
              <p className="notice notice--warning" role="status">
                {s.droppedExcerpts(dropped)}
              </p>
            )}
            <div className="sessions-quick-add__row">
              <label htmlFor={`${id}-add`} className="visually-hidden">
                {s.addEntry}
              </label>
              <select
                id={`${id}-add`}
                value={adding}
                onChange={(e) => {
                  setAdding(e.target.value);
                }}
              >
                <option value="">{s.chooseEntry}</option>
                {unpicked.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.date} — {e.title.trim() || s.untitled}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={adding === ''}
                onClick={() => {
                  setPicked([...(current ?? []), { entryId: adding, mode: 'full' }]);
                  setAdding('');
                }}
              >
                {s.addEntryButton}
              </button>
            </div>
          </fieldset>

          <fieldset className="sessions-fieldset" disabled={!sections.thoughts}>
            <legend>{s.thoughtsLegend}</legend>
            {thoughts.data?.length === 0 && <p className="muted">{s.noThoughts}</p>}
            {(thoughts.data ?? []).map((r) => (
              <label key={r.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={thoughtIds.includes(r.id)}
                  onChange={(e) => {
                    setThoughtIds((list) =>
                      e.target.checked ? [...list, r.id] : list.filter((x) => x !== r.id),
                    );
                  }}
                />
                {r.date} — {r.situation.slice(0, 80) || s.untitled}
              </label>
            ))}
          </fieldset>
        </div>
      </section>

      <section className="sessions-card" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{s.previewHeading}</h2>
        <p className="muted">{s.previewIntro}</p>
        {build.data?.model.suggestTellInPerson && (
          <p className="notice notice--warning summary-tell">{s.tellInPerson}</p>
        )}
        <ErrorMessage message={build.isError ? messageOf(build.error) : null} />
        {!build.data && !build.isError && <p className="muted">{s.previewLoading}</p>}
        {build.data && (
          <div
            className="summary-preview"
            data-testid="summary-preview"
            // Safe: this HTML comes from shared/summaryHtml.ts in main, which escapes every
            // piece of text and emits no script, no inline style and no remote resource. It is
            // the very HTML that is printed to PDF, so the preview is exactly the export (its
            // headings moved under this section's h2).
            dangerouslySetInnerHTML={{ __html: nestHeadings(build.data.html, 2) }}
          />
        )}
      </section>

      <section className="sessions-card" aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{s.exportHeading}</h2>
        <p className="notice notice--warning">{s.notEncrypted}</p>
        <div className="field">
          <label htmlFor={`${id}-page`}>{s.pageSize}</label>
          <select
            id={`${id}-page`}
            value={pageSize}
            onChange={(e) => {
              setPageSize(e.target.value as 'A4' | 'Letter');
            }}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </div>
        <div className="button-row summary-export">
          <button
            type="button"
            className="button button--primary"
            disabled={!options || save.isPending}
            onClick={() => {
              exportAs('pdf');
            }}
          >
            {s.savePdf}
          </button>
          <button
            type="button"
            className="button"
            disabled={!options || save.isPending}
            onClick={() => {
              exportAs('md');
            }}
          >
            {s.saveMarkdown}
          </button>
        </div>
        <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
        <p className="inline-status" role="status">
          {save.isPending ? s.saving : saved}
        </p>
      </section>
    </>
  );
}
