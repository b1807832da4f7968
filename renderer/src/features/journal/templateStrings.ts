/** Words for the user's own templates: the picker, Settings and "Save as template". */
export const templateStrings = {
  builtInHeading: 'Prompts',
  mineHeading: 'Your templates',
  mineList: 'Your templates',
  noneYet:
    'Templates you make show up here. Save an entry as a template from its page, or make one in Settings → Journal.',

  saveAsTemplate: 'Save as template',
  saveTitle: 'Save this entry as a template',
  saveIntro:
    'New entries can start from this text. The entry itself stays as it is; its tags, mood and date are not part of the template.',
  nameLabel: 'Template name',
  nameMissing: 'Give the template a name.',
  save: 'Save template',
  saving: 'Saving…',
  saved: (name: string) => `Saved “${name}” as a template.`,
  cancel: 'Cancel',
  close: 'Close',

  manageHeading: 'Entry templates',
  manageIntro: 'Your own starting points for new entries, beside the built-in prompts.',
  manageList: 'Your entry templates',
  newTemplate: 'New template',
  newTitle: 'New template',
  textLabel: 'What a new entry starts with',
  textHint: 'One paragraph per line. Start a line with “## ” to make it a heading.',
  create: 'Create template',
  created: (name: string) => `Created “${name}”.`,
  rename: 'Rename',
  renameNamed: (name: string) => `Rename “${name}”`,
  renameTitle: 'Rename template',
  renamed: (name: string) => `Renamed to “${name}”.`,
  delete: 'Delete',
  deleteNamed: (name: string) => `Delete “${name}”`,
  deleteTitle: 'Delete this template?',
  deleteBody: (name: string) =>
    `“${name}” will be deleted. Entries you started from it keep their text.`,
  deleteConfirm: 'Delete template',
  deleted: (name: string) => `Deleted “${name}”.`,
} as const;
