import { z } from 'zod';

/**
 * Import before any module that builds a zod schema. zod probes `new Function` the first time
 * it builds an object schema, to decide whether to compile parsers; under our CSP (no
 * unsafe-eval) the probe fails quietly but still reports a CSP violation. jitless skips it.
 */
z.config({ jitless: true });
