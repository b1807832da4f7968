import './checkins.css';
import { useState } from 'react';
import { MOOD_LABELS } from '../../../../shared/checkin';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { messageOf } from '../../api/client';
import { todayLocal } from '../../app/dates/today';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSettings } from '../settings/queries';
import { dueStatuses } from './measureDue';
import { useCheckins, useMeasures, useSaveCheckin } from './queries';
import { checkinStrings as s } from './strings';

const MOODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Home's check-in card: mood in one click, "done today" after, and which questionnaire is due. */
export function HomeCheckinCard() {
  const navigation = useNavigation();
  const checkins = useCheckins();
  const measures = useMeasures();
  const everyDays = useSettings().data?.measuresEveryDays ?? DEFAULT_SETTINGS.measuresEveryDays;
  const save = useSaveCheckin();
  const [status, setStatus] = useState('');
  const today = todayLocal();
  const latest = checkins.data?.find((c) => c.date === today);
  const statuses = dueStatuses(measures.data ?? [], today, everyDays);
  const dueLine = statuses.every((d) => d.days === null)
    ? s.due.never(everyDays)
    : statuses
        .map(({ instrument, days }) =>
          days === null
            ? s.due.notYet(instrument.name)
            : days <= 0
              ? s.due.due(instrument.name)
              : s.due.inDays(instrument.name, days),
        )
        .join(' ');

  return (
    <li className="glance-card home-checkin">
      <h3>{s.homeTitle}</h3>
      {checkins.isError && <p className="muted">{s.loadFailed}</p>}
      {latest ? (
        <div className="home-checkin__done">
          <p>
            <span className="mood-badge" data-mood={latest.mood} aria-hidden="true">
              {latest.mood}
            </span>{' '}
            {s.homeDone(latest.mood, MOOD_LABELS[latest.mood] ?? '')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                navigation.go('checkIns', `checkin:${latest.id}`);
              }}
            >
              {s.homeAddDetails}
            </button>
          </div>
        </div>
      ) : (
        checkins.isSuccess && (
          <div role="group" aria-label={s.homeMoodGroup} className="home-checkin__moods">
            <p className="muted">{s.homePrompt}</p>
            <div className="home-checkin__grid">
              {MOODS.map((mood) => (
                <button
                  key={mood}
                  type="button"
                  className="mood-button"
                  data-mood={mood}
                  disabled={save.isPending}
                  onClick={() => {
                    save.mutate(
                      { date: today, mood },
                      {
                        onSuccess: (c) => {
                          setStatus(s.homeSaved(c.mood, MOOD_LABELS[c.mood] ?? ''));
                        },
                      },
                    );
                  }}
                >
                  <span className="mood-button__number">{mood}</span>{' '}
                  <span className="mood-button__label">{MOOD_LABELS[mood]}</span>
                </button>
              ))}
            </div>
          </div>
        )
      )}
      <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
      <p className="inline-status" role="status">
        {status}
      </p>
      <p className="home-checkin__due">{dueLine}</p>
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go('checkIns');
        }}
      >
        {s.homeGoTo}
        <span aria-hidden="true"> →</span>
      </button>
    </li>
  );
}
