import { z } from 'zod';

/**
 * zod, configured once for every process. Its JIT probes `new Function` when the first object
 * schema is built, which the renderer's CSP (no unsafe-eval) reports as a violation. All
 * shared code imports `z` from here so the setting is applied before any schema exists.
 */
z.config({ jitless: true });

export { z };
