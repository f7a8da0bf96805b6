import { z } from 'zod';

export const NUL_CHARACTER_MESSAGE = 'must not contain the NUL character (\\u0000)';

export const hasNoNulCharacter = (value: string): boolean => !value.includes('\u0000');

/**
 * A string PostgreSQL can store: its text and jsonb types refuse the NUL character, so a request
 * carrying one gets a 400 naming the field instead of failing on insert.
 */
export const storableText = () => z.string().refine(hasNoNulCharacter, NUL_CHARACTER_MESSAGE);
