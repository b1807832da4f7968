#!/usr/bin/env node
/**
 * `waypoint`: the command-line tool over the vault core. Plain Node, never Electron.
 * Run with `npm run cli -- <command>`; built to dist/cli/waypoint.js. See docs/cli.md.
 */
import { run } from './run';

// `waypoint list | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
