import { useId, useState } from 'react';
import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { Dialog } from '../../components/Dialog';
import { linkStrings as s } from './linkStrings';

export type ObstacleChoice = { kind: 'new' } | { kind: 'existing'; obstacle: ObstaclePlan };

/**
 * "Plan for this obstacle" when plans already exist: the selected text may be a new
 * obstacle (a new plan, as before) or one already planned for (note that it came up).
 */
export function ObstacleChoiceDialog({
  text,
  obstacles,
  onChoose,
  onClose,
}: {
  /** The selected text; null when the dialog is closed. */
  text: string | null;
  obstacles: ObstaclePlan[];
  onChoose: (choice: ObstacleChoice) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={text !== null} onClose={onClose} title={s.obstacleChoiceTitle}>
      {text !== null && (
        <ChoiceForm text={text} obstacles={obstacles} onChoose={onChoose} onClose={onClose} />
      )}
    </Dialog>
  );
}

function ChoiceForm({
  text,
  obstacles,
  onChoose,
  onClose,
}: {
  text: string;
  obstacles: ObstaclePlan[];
  onChoose: (choice: ObstacleChoice) => void;
  onClose: () => void;
}) {
  const ids = useId();
  const [kind, setKind] = useState<'new' | 'existing'>('new');
  const [obstacleId, setObstacleId] = useState(obstacles[0]?.id ?? '');
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        const obstacle = obstacles.find((o) => o.id === obstacleId);
        onChoose(kind === 'existing' && obstacle ? { kind, obstacle } : { kind: 'new' });
      }}
    >
      <fieldset className="plan-choices">
        <legend>{s.obstacleChoiceLegend}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${ids}-kind`}
            checked={kind === 'new'}
            onChange={() => {
              setKind('new');
            }}
          />
          {s.obstacleNew(short)}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${ids}-kind`}
            checked={kind === 'existing'}
            onChange={() => {
              setKind('existing');
            }}
          />
          {s.obstacleExisting}
        </label>
      </fieldset>
      {kind === 'existing' && (
        <div className="field">
          <label htmlFor={`${ids}-which`}>{s.obstacleWhich}</label>
          <select
            id={`${ids}-which`}
            value={obstacleId}
            onChange={(event) => {
              setObstacleId(event.target.value);
            }}
          >
            {obstacles.map((o) => (
              <option key={o.id} value={o.id}>
                {o.obstacle.length > 80 ? `${o.obstacle.slice(0, 79)}…` : o.obstacle}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {s.cancel}
        </button>
        <button type="submit" className="button button--primary">
          {s.continue}
        </button>
      </div>
    </form>
  );
}
