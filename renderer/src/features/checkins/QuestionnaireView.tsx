import { useState } from 'react';
import { INSTRUMENTS, type Measure } from '../../../../shared/measures';
import { MeasureResult } from './MeasureResult';
import { useMeasures } from './queries';
import { Questionnaire } from './Questionnaire';
import { checkinStrings as s } from './strings';
import { SubViewHeader } from './SubViewHeader';

interface Props {
  instrumentId: Measure['instrument'];
  onBack: () => void;
}

/** Before, during and after one questionnaire, on one screen with its own heading. */
export function QuestionnaireView({ instrumentId, onBack }: Props) {
  const instrument = INSTRUMENTS[instrumentId];
  const measures = useMeasures();
  const [stage, setStage] = useState<'intro' | 'answering' | { done: Measure }>(
    instrumentId === 'phq9' ? 'intro' : 'answering',
  );
  const title = typeof stage === 'object' ? s.resultHeading(instrument.name) : instrument.name;

  return (
    <div className="checkins-subview">
      <SubViewHeader title={title} onBack={onBack} focusKey={typeof stage === 'object' ? 1 : 0} />
      {stage === 'intro' && (
        <div className="notice notice--warning measure-intro">
          <p>{s.phq9SummaryNotice}</p>
          <p>{s.selfReport}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setStage('answering');
              }}
            >
              {s.beginNow}
            </button>
          </div>
        </div>
      )}
      {stage === 'answering' && (
        <Questionnaire
          instrumentId={instrumentId}
          onDone={(measure) => {
            setStage({ done: measure });
          }}
        />
      )}
      {typeof stage === 'object' && (
        <MeasureResult
          measure={stage.done}
          all={
            (measures.data ?? []).some((m) => m.id === stage.done.id)
              ? (measures.data ?? [])
              : [stage.done, ...(measures.data ?? [])]
          }
        />
      )}
    </div>
  );
}
