import { useId } from 'react';
import { THOUGHT_LIMITS } from '../../../../shared/thoughtRecords';
import { LongTextField } from './LongTextField';
import { RatingField } from './RatingField';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';

const MAX = THOUGHT_LIMITS.textMaxLength;

export function SituationStep({ draft, update }: StepProps) {
  const id = useId();
  return (
    <>
      <div className="field field--date">
        <label htmlFor={id}>{s.date}</label>
        <input
          id={id}
          type="date"
          value={draft.date}
          required
          onChange={(e) => {
            if (e.target.value !== '') update({ date: e.target.value });
          }}
        />
      </div>
      <LongTextField
        label={s.situation}
        value={draft.situation}
        max={MAX}
        onChange={(situation) => {
          update({ situation });
        }}
      />
    </>
  );
}

function Prompts({ id, prompts }: { id: string; prompts: readonly string[] }) {
  return (
    <div className="prompts" id={id}>
      <p className="prompts__label">{s.promptsLabel}</p>
      <ul>
        {prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

export function EvidenceStep({ draft, update, side }: StepProps & { side: 'for' | 'against' }) {
  const id = useId();
  const forSide = side === 'for';
  return (
    <>
      <Prompts id={id} prompts={forSide ? s.promptsFor : s.promptsAgainst} />
      <LongTextField
        label={forSide ? s.evidenceFor : s.evidenceAgainst}
        value={forSide ? draft.evidenceFor : draft.evidenceAgainst}
        max={MAX}
        rows={7}
        describedBy={id}
        onChange={(text) => {
          update(forSide ? { evidenceFor: text } : { evidenceAgainst: text });
        }}
      />
    </>
  );
}

export function BalancedStep({ draft, update }: StepProps) {
  return (
    <>
      <LongTextField
        label={s.balancedThought}
        value={draft.balancedThought}
        max={MAX}
        rows={4}
        onChange={(balancedThought) => {
          update({ balancedThought });
        }}
      />
      <RatingField
        label={s.balancedBelief}
        value={draft.balancedBelief}
        unsetText={s.notRatedYet}
        onChange={(balancedBelief) => {
          update({ balancedBelief });
        }}
      />
    </>
  );
}
