import './checkins.css';
import { useEffect, useRef, useState } from 'react';
import type { Measure } from '../../../../shared/measures';
import { CheckinList } from './CheckinList';
import { EditCheckinView } from './EditCheckinView';
import { MeasuresSection } from './MeasuresSection';
import { QuestionnaireView } from './QuestionnaireView';
import { checkinStrings as s } from './strings';
import { TodaySection } from './TodaySection';
import { TrackersSection } from './TrackersSection';
import { TrendsSection } from './TrendsSection';

type View =
  | { kind: 'overview' }
  | { kind: 'edit'; id: string }
  | { kind: 'measure'; instrument: Measure['instrument'] };

/** Home opens this page at one record: "checkin:<id>" to edit, "measure:phq9" to start one. */
export function viewFor(recordId: string | undefined): View {
  if (recordId?.startsWith('checkin:')) return { kind: 'edit', id: recordId.slice(8) };
  if (recordId === 'measure:phq9') return { kind: 'measure', instrument: 'phq9' };
  if (recordId === 'measure:gad7') return { kind: 'measure', instrument: 'gad7' };
  return { kind: 'overview' };
}

/** Check-ins: today's mood, the questionnaires, trends, the list and the user's trackers. */
export function CheckinsPage({ recordId }: { recordId?: string | undefined }) {
  const [view, setView] = useState<View>(() => viewFor(recordId));
  const [returns, setReturns] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const back = () => {
    setView({ kind: 'overview' });
    setReturns((n) => n + 1);
  };
  // Coming back from a questionnaire or an edit puts focus where a new page would.
  useEffect(() => {
    if (returns > 0) headingRef.current?.focus();
  }, [returns]);
  const edit = (id: string) => {
    setView({ kind: 'edit', id });
  };

  if (view.kind === 'edit') {
    return (
      <div className="page checkins">
        <EditCheckinView id={view.id} onBack={back} />
      </div>
    );
  }
  if (view.kind === 'measure') {
    return (
      <div className="page checkins">
        <QuestionnaireView instrumentId={view.instrument} onBack={back} />
      </div>
    );
  }
  return (
    <div className="page checkins">
      <div className="page__header">
        <h1 ref={headingRef} tabIndex={-1}>
          {s.title}
        </h1>
      </div>
      <p className="lead">{s.intro}</p>
      <TodaySection onEdit={edit} />
      <MeasuresSection
        onStart={(instrument) => {
          setView({ kind: 'measure', instrument });
        }}
      />
      <TrendsSection />
      <CheckinList onEdit={edit} />
      <TrackersSection />
    </div>
  );
}
