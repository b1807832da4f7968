import type { CommandName } from './args';

export const EXIT_CODES_HELP = `Exit codes:
  0    success
  1    unexpected error
  2    bad arguments or usage (also: nothing matched, passphrase too short)
  3    wrong passphrase
  4    journal damaged (key file, index or entry files; or problems found by verify),
       or a backup damaged (restore)
  5    journal is open in another Waypoint window or program
  6    no journal in that folder (or, for init, one already exists)
  7    disk error (could not read or write files)
  130  cancelled at a prompt (Ctrl-C / Ctrl-D)`;

export const MAIN_HELP = `waypoint — your Waypoint journal from the command line (everything stays on this computer)

Usage: waypoint [global options] <command> [options]

Commands:
  init                          create a new encrypted journal
  add [text…]                   add an entry (text from arguments or piped on stdin)
  list                          list entries, newest first
  show <id | YYYY-MM-DD>        print an entry, or all entries of a day
  verify                        check every file of the journal
  export --format json|md       export all entries (NOT encrypted)
  backup [--to FOLDER]          an encrypted, checked backup of the journal
  restore <backup-folder>       replace the journal with a backup (the current one is kept)
  help [command]                help for one command

Global options:
  --data-dir DIR        the journal folder (default: $WAYPOINT_DATA_DIR, else the app's folder)
  --passphrase-stdin    read the passphrase from the first line of stdin
  -h, --help            show help
  -V, --version         show the version

The passphrase is asked on the terminal with echo off, unless --passphrase-stdin is given
or WAYPOINT_PASSPHRASE is set. The default folder is the desktop app's:
  Linux    \${XDG_CONFIG_HOME:-~/.config}/Waypoint/vault
  macOS    ~/Library/Application Support/Waypoint/vault
  Windows  %APPDATA%\\Waypoint\\vault

${EXIT_CODES_HELP}
`;

export const COMMAND_HELP: Record<CommandName, string> = {
  init: `Usage: waypoint init [--data-dir DIR]

Creates a new encrypted journal. You choose a passphrase (at least 10 characters; asked
twice on a terminal) and get a recovery key, shown once. Write the recovery key down: if
you lose both the passphrase and the recovery key, nobody can open the journal again.
`,
  add: `Usage: waypoint add [text…] [--date YYYY-MM-DD] [--title TITLE]

Adds an entry. The text comes from the arguments, or, with no text arguments, from stdin
(piped, or typed on a terminal and ended with Ctrl-D). Blank lines separate paragraphs.
With --passphrase-stdin the first stdin line is the passphrase and the rest is the text.

Options:
  --date YYYY-MM-DD    the day the entry belongs to (default: today, local time)
  --title TITLE        a title for the entry

Examples:
  waypoint add "Slept well. Walked to the river."
  echo "A long day." | WAYPOINT_PASSPHRASE=… waypoint add --title Tuesday
`,
  list: `Usage: waypoint list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]

Lists entries, newest first: date, id, title (or first words), word count.

Options:
  --from YYYY-MM-DD    only entries on or after this day
  --to YYYY-MM-DD      only entries on or before this day
  --limit N            at most N entries (the newest)
`,
  show: `Usage: waypoint show <id | YYYY-MM-DD>

Prints one entry (by the id shown by "list") or every entry of a day, as plain text.
Exits 2 when nothing matches.
`,
  verify: `Usage: waypoint verify

Opens the journal and re-reads every file, checking each one's integrity. Prints every
problem found. Exits 0 only if everything is sound, 4 otherwise.
`,
  export: `Usage: waypoint export --format json|md [--out FILE]

Writes every entry, oldest first, to stdout or to FILE (created readable by you only).
  json   an array of {id, date, title, text, content, createdAt, updatedAt}
         (content is the editor's Tiptap JSON)
  md     Markdown: "# date — title" then the entry

The export is NOT encrypted: anyone who can read the file can read your journal.
`,
  backup: `Usage: waypoint backup [--to FOLDER]

Copies the journal's encrypted files into a new folder inside FOLDER (default: the folder
beside the journal folder named "<journal folder>-backups"), reads the copy back and
checks that every file opens with your key. Only a checked backup is kept. The backup is
encrypted like the journal and opens with the passphrase and recovery key of today.
Choose a FOLDER on another disk, so one failing disk can't take both.
`,
  restore: `Usage: waypoint restore <backup-folder>

Replaces the journal with a backup made by "waypoint backup" or the app. First proves the
backup opens: with the passphrase it was made with (asked like any passphrase), or with
the recovery key in WAYPOINT_RECOVERY_KEY. If it doesn't, nothing is changed (exit 3 for
a wrong passphrase or key, 4 for a damaged backup, 2 for a folder that isn't a backup).
Then it keeps the current journal as a backup (in "<journal folder>-backups") and swaps
the backup in; if the computer stops part-way, the old or the restored journal opens.
`,
};
