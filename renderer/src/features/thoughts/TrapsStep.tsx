import { useId, useState } from 'react';
import { allTraps, TRAP_LIMITS, type ThinkingTrap } from '../../../../shared/thinkingTraps';
import { messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useCustomTraps, useDeleteTrap, useSaveTrap } from './queries';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';

/** Thinking traps: the built-in list (always all of it) plus the user's own. */
export function TrapsStep({ draft, update }: StepProps) {
  const custom = useCustomTraps();
  const traps = allTraps(custom.data ?? []);
  const [removing, setRemoving] = useState<ThinkingTrap | null>(null);
  const deleteTrap = useDeleteTrap();

  const toggle = (id: string, on: boolean) => {
    update({ traps: on ? [...draft.traps, id] : draft.traps.filter((t) => t !== id) });
  };

  return (
    <>
      <fieldset className="trap-list">
        <legend className="visually-hidden">{s.steps.traps.title}</legend>
        <ul>
          {traps.map((trap) => (
            <TrapOption
              key={trap.id}
              trap={trap}
              checked={draft.traps.includes(trap.id)}
              onToggle={(on) => {
                toggle(trap.id, on);
              }}
              onRemove={
                trap.builtIn
                  ? undefined
                  : () => {
                      setRemoving(trap);
                    }
              }
            />
          ))}
        </ul>
      </fieldset>
      <AddTrapForm
        onAdded={(id) => {
          update({ traps: [...draft.traps, id] });
        }}
      />
      <Dialog
        open={removing !== null}
        title={s.trapRemoveTitle}
        onClose={() => {
          setRemoving(null);
        }}
      >
        <p>{removing ? s.trapRemoveBody(removing.name) : ''}</p>
        <ErrorMessage message={deleteTrap.error ? messageOf(deleteTrap.error) : null} />
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setRemoving(null);
            }}
          >
            {s.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={deleteTrap.isPending}
            onClick={() => {
              if (!removing) return;
              const id = removing.id;
              deleteTrap.mutate(id, {
                onSuccess: () => {
                  update({ traps: draft.traps.filter((t) => t !== id) });
                  setRemoving(null);
                },
              });
            }}
          >
            {s.trapRemoveConfirm}
          </button>
        </div>
      </Dialog>
    </>
  );
}

function TrapOption({
  trap,
  checked,
  onToggle,
  onRemove,
}: {
  trap: ThinkingTrap;
  checked: boolean;
  onToggle: (on: boolean) => void;
  onRemove: (() => void) | undefined;
}) {
  const id = useId();
  return (
    <li className="trap-option">
      <div className="trap-option__main">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-explain`}
          onChange={(e) => {
            onToggle(e.target.checked);
          }}
        />
        <div>
          <label htmlFor={id} className="trap-option__name">
            {trap.name}
            {!trap.builtIn && <span className="badge">{s.trapYours}</span>}
          </label>
          {trap.explanation !== '' && (
            <p id={`${id}-explain`} className="trap-option__explain">
              {trap.explanation}
            </p>
          )}
          {trap.example !== '' && (
            <details className="trap-option__example">
              <summary>{s.trapExample}</summary>
              <p>{trap.example}</p>
            </details>
          )}
        </div>
      </div>
      {onRemove && (
        <button
          type="button"
          className="button button--quiet button--danger-text"
          aria-label={s.trapRemove(trap.name)}
          onClick={onRemove}
        >
          {s.remove}
        </button>
      )}
    </li>
  );
}

function AddTrapForm({ onAdded }: { onAdded: (id: string) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const saveTrap = useSaveTrap();
  return (
    <section className="add-trap" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{s.addTrapHeading}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{s.addTrapName}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={TRAP_LIMITS.nameMaxLength}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{s.addTrapDescription}</label>
        <input
          id={`${id}-desc`}
          type="text"
          value={description}
          maxLength={TRAP_LIMITS.descriptionMaxLength}
          onChange={(e) => {
            setDescription(e.target.value);
          }}
        />
      </div>
      <ErrorMessage message={saveTrap.error ? messageOf(saveTrap.error) : null} />
      <div>
        <button
          type="button"
          className="button"
          disabled={saveTrap.isPending}
          onClick={() => {
            saveTrap.mutate(
              { name, description },
              {
                onSuccess: (trap) => {
                  setName('');
                  setDescription('');
                  onAdded(trap.id);
                },
              },
            );
          }}
        >
          {s.addTrap}
        </button>
      </div>
    </section>
  );
}
