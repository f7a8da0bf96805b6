import { z } from 'zod';

/**
 * `@Param({ schema: idParamSchema }) { id }`: validating the params object (rather than
 * `@Param('id', { schema: z.uuid() })`) lets a 400 name the field "id".
 */
export const idParamSchema = z.object({ id: z.uuid() });
export type IdParam = z.infer<typeof idParamSchema>;
