import { clsx, type ClassValue } from 'clsx';

/** Joins class names; kept as one import so every primitive composes classes the same way. */
export function cn(...values: ClassValue[]): string {
  return clsx(values);
}

/** The focus ring every interactive primitive shares. */
export const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white';
