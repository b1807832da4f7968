import { useState } from 'react';
import { localDay } from '../../../../shared/dates';
import {
  emptyThoughtRecordInput,
  type ThoughtRecord,
  type ThoughtRecordInput,
} from '../../../../shared/thoughtRecords';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { InsightsView } from './InsightsView';
import { useThoughtRecords } from './queries';
import { RecordFlow } from './RecordFlow';
import { RecordList } from './RecordList';
import { RecordView } from './RecordView';
import { thoughtStrings as s } from './strings';
import './thoughts.css';

type Mode =
  | { kind: 'list' }
  | { kind: 'insights' }
  | { kind: 'new'; input: ThoughtRecordInput }
  | { kind: 'record'; id: string; editStep: number | null };

/**
 * The Thought records section: the list (with filters), insights, the guided flow and the
 * full view of one record. Opened with a recordId (e.g. from an entry's link), it shows that
 * record: a draft resumes where it stopped, a finished record opens in the full view.
 */
export function ThoughtRecordsPage({ recordId }: { recordId?: string | undefined }) {
  const records = useThoughtRecords();
  const [mode, setMode] = useState<Mode>(
    recordId === undefined ? { kind: 'list' } : { kind: 'record', id: recordId, editStep: null },
  );

  const toList = () => {
    setMode({ kind: 'list' });
  };
  const open = (record: ThoughtRecord) => {
    setMode({
      kind: 'record',
      id: record.id,
      editStep: record.status === 'draft' ? record.step : null,
    });
  };

  const inFlowOrRecord = mode.kind === 'new' || mode.kind === 'record';
  let body;
  if (records.isPending) {
    body = <p className="muted">{s.loading}</p>;
  } else if (records.isError) {
    body = (
      <>
        <ErrorMessage message={`${s.loadFailed} ${messageOf(records.error)}`} />
        <button type="button" className="button" onClick={() => void records.refetch()}>
          {s.retry}
        </button>
      </>
    );
  } else if (mode.kind === 'new') {
    body = (
      <RecordFlow
        record={mode.input}
        onClose={toList}
        onFinished={(saved) => {
          setMode({ kind: 'record', id: saved.id, editStep: null });
        }}
      />
    );
  } else if (mode.kind === 'record') {
    const record = records.data.find((r) => r.id === mode.id);
    if (!record) {
      body = (
        <div className="empty-state">
          <p>{s.notFound}</p>
          <button type="button" className="button" onClick={toList}>
            {s.backToList}
          </button>
        </div>
      );
    } else if (mode.editStep !== null) {
      body = (
        <RecordFlow
          key={`${record.id}-${mode.editStep}`}
          record={record}
          startStep={mode.editStep}
          onClose={() => {
            setMode({ kind: 'record', id: record.id, editStep: null });
          }}
          onFinished={(saved) => {
            setMode({ kind: 'record', id: saved.id, editStep: null });
          }}
        />
      );
    } else {
      body = (
        <RecordView
          record={record}
          onEdit={(step) => {
            setMode({ kind: 'record', id: record.id, editStep: step });
          }}
          onDeleted={toList}
          onBack={toList}
        />
      );
    }
  } else if (mode.kind === 'insights') {
    body = <InsightsView records={records.data} />;
  } else {
    body =
      records.data.length === 0 ? (
        <p className="empty-state">{s.empty}</p>
      ) : (
        <RecordList records={records.data} onOpen={open} />
      );
  }

  return (
    <div className="page page-thoughts">
      <div className="page__header">
        <h1>{s.pageTitle}</h1>
        {!inFlowOrRecord && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setMode({ kind: 'new', input: emptyThoughtRecordInput(localDay(new Date())) });
            }}
          >
            <span aria-hidden="true">+ </span>
            {s.newRecord}
          </button>
        )}
      </div>
      {!inFlowOrRecord && (
        <>
          <p className="lead thoughts-intro">{s.intro}</p>
          <nav aria-label={s.tabs.label} className="view-switch">
            <button
              type="button"
              className="view-switch__item"
              aria-current={mode.kind === 'list' ? 'true' : undefined}
              onClick={toList}
            >
              {s.tabs.records}
            </button>
            <button
              type="button"
              className="view-switch__item"
              aria-current={mode.kind === 'insights' ? 'true' : undefined}
              onClick={() => {
                setMode({ kind: 'insights' });
              }}
            >
              {s.tabs.insights}
            </button>
          </nav>
        </>
      )}
      {body}
    </div>
  );
}
