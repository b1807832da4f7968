import type { TEMPLATES_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import { deleteTemplate, listTemplates, saveTemplate } from './templateService';

/** The templates channels (see shared/contracts/templates.ts). */
export function templatesHandlers({
  session,
  now,
}: HandlerContext): Implementations<(typeof TEMPLATES_CHANNELS)[number]> {
  return {
    'templates:list': () => Promise.resolve(listTemplates(session)),
    'templates:save': (input) => saveTemplate(session, input, now()),
    'templates:delete': async ({ id }) => {
      await deleteTemplate(session, id);
      return null;
    },
  };
}
