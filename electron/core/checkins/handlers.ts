import type { CHECKINS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import { CHECKINS_TYPE } from '../journal/journalState';
import {
  MEASURES_TYPE,
  deleteRecordOf,
  listCheckins,
  listMeasures,
  listTrackers,
  saveCheckin,
  saveMeasure,
  saveTracker,
} from './checkinService';

/** Check-ins, trackers and questionnaires (see shared/contracts/checkins.ts). */
export function checkinsHandlers({
  session,
  now,
}: HandlerContext): Implementations<(typeof CHECKINS_CHANNELS)[number]> {
  return {
    'checkins:list': () => Promise.resolve(listCheckins(session)),
    'checkins:save': (input) => saveCheckin(session, input, now()),
    'checkins:delete': async ({ id }) => {
      await deleteRecordOf(session, CHECKINS_TYPE, id, 'check-in');
      return null;
    },
    'trackers:list': () => Promise.resolve(listTrackers(session)),
    'trackers:save': (input) => saveTracker(session, input),
    'measures:list': () => Promise.resolve(listMeasures(session)),
    'measures:save': (input) => saveMeasure(session, input, now()),
    'measures:delete': async ({ id }) => {
      await deleteRecordOf(session, MEASURES_TYPE, id, 'questionnaire');
      return null;
    },
  };
}
