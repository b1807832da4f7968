import { randomBytes } from 'node:crypto';
import {
  TEMPLATE_LIMITS,
  journalTemplateSchema,
  type JournalTemplate,
  type JournalTemplateInput,
} from '../../../shared/journalTemplates';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

/** The user's entry templates, in records/templates.wpv (built-in prompts are never stored). */
export const TEMPLATES_TYPE = 'templates';

const GONE = 'That template no longer exists.';

export function listTemplates(session: Session): JournalTemplate[] {
  return session
    .requireVault()
    .getRecords(TEMPLATES_TYPE)
    .map((r) => r.value as JournalTemplate)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export async function saveTemplate(
  session: Session,
  input: JournalTemplateInput,
  now: Date,
): Promise<JournalTemplate> {
  const all = listTemplates(session);
  const current = input.id === undefined ? undefined : all.find((t) => t.id === input.id);
  if (input.id !== undefined && !current) throw new VaultError('not_found', GONE);
  const clash = all.find((t) => t.id !== input.id && sameName(t.name, input.name));
  if (clash)
    throw new VaultError(
      'invalid_input',
      `You already have a template called “${clash.name}”. Choose another name.`,
    );
  if (!current && all.length >= TEMPLATE_LIMITS.max)
    throw new VaultError(
      'invalid_input',
      `You can keep up to ${TEMPLATE_LIMITS.max} templates. Delete one you no longer use first.`,
    );
  const content = input.content ?? current?.content;
  if (!content)
    throw new VaultError('invalid_input', 'A new template needs some text to start from.');
  const stamp = now.toISOString();
  const template = journalTemplateSchema.parse({
    id: current?.id ?? randomBytes(12).toString('base64url'),
    name: input.name,
    content,
    createdAt: current?.createdAt ?? stamp,
    updatedAt: stamp,
  });
  await session.requireVault().putRecord(TEMPLATES_TYPE, template.id, template);
  return template;
}

export async function deleteTemplate(session: Session, id: string): Promise<void> {
  if (!listTemplates(session).some((t) => t.id === id)) throw new VaultError('not_found', GONE);
  await session.requireVault().deleteRecord(TEMPLATES_TYPE, id);
}
