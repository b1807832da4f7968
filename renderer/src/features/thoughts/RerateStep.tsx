import { hotThought } from '../../../../shared/thoughtRecords';
import { RatingField } from './RatingField';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';

/** Re-rate each emotion and the belief in the hot thought; the earlier rating is the start. */
export function RerateStep({ draft, update }: StepProps) {
  const hot = hotThought(draft);
  return (
    <>
      {draft.emotions.length === 0 ? (
        <p className="muted">{s.rerateNoEmotions}</p>
      ) : (
        <ul className="rated-list">
          {draft.emotions.map((emotion) => (
            <li key={emotion.id} className="rated-item">
              <RatingField
                label={s.rerateEmotion(emotion.name)}
                hint={s.rerateWas(emotion.before)}
                value={emotion.after}
                restingValue={emotion.before}
                unsetText={s.notRatedYet}
                onChange={(after) => {
                  update({
                    emotions: draft.emotions.map((e) =>
                      e.id === emotion.id ? { ...e, after } : e,
                    ),
                  });
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {hot && (
        <RatingField
          label={s.rerateHot}
          hint={s.rerateHotWas(hot.belief)}
          value={draft.hotBeliefAfter}
          restingValue={hot.belief}
          unsetText={s.notRatedYet}
          onChange={(hotBeliefAfter) => {
            update({ hotBeliefAfter });
          }}
        />
      )}
    </>
  );
}
