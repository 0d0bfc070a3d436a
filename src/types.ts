/**
 * Named, documented types. Until the generator lands (scripts/gen-types), they are the zod input types.
 */
import type * as z from 'zod';
import type { appJsonSchema } from './app/schema.js';
import type { windowSchema } from './app/window.js';

export type AppJson = z.input<typeof appJsonSchema>;
export type WindowConfig = z.input<typeof windowSchema>;
