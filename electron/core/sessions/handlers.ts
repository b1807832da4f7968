import type { SESSIONS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import {
  addAgendaItem,
  deleteAgendaItem,
  deleteSession,
  listAgenda,
  listSessions,
  saveSession,
  setHomeworkDone,
  updateAgendaItem,
} from './sessionService';
import { exportSummary, renderSummary, summaryDefaults } from './summaryService';

/** Sessions, homework and agenda (see shared/contracts/sessions.ts). */
export function sessionsHandlers({
  session,
  platform,
  now,
}: HandlerContext): Implementations<(typeof SESSIONS_CHANNELS)[number]> {
  return {
    'sessions:list': () => Promise.resolve(listSessions(session)),
    'sessions:save': (input) => saveSession(session, input, now()),
    'sessions:delete': async ({ id }) => {
      await deleteSession(session, id);
      return null;
    },
    'sessions:setHomeworkDone': ({ sessionId, homeworkId, done }) =>
      setHomeworkDone(session, sessionId, homeworkId, done, now()),
    'agenda:list': () => Promise.resolve(listAgenda(session)),
    'agenda:add': (input) => addAgendaItem(session, input, now()),
    'agenda:update': (input) => updateAgendaItem(session, input),
    'agenda:delete': async ({ id }) => {
      await deleteAgendaItem(session, id);
      return null;
    },
    'summary:defaults': () => Promise.resolve(summaryDefaults(session, now())),
    'summary:build': (options) => Promise.resolve(renderSummary(session, options, now())),
    'summary:export': ({ options, format, pageSize }) =>
      exportSummary(session, platform, options, format, pageSize, now()),
  };
}
