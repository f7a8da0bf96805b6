import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like 09:00 (24:00 for midnight at the end of the day)');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** When a department works: its time zone, working days (1 = Monday … 7 = Sunday), hours and holidays. */
export const businessHoursSchema = z
  .strictObject({
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like Europe/London'),
    workingDays: z.array(z.number().int().min(1).max(7)).min(1, 'needs at least one working day').max(7),
    start: clockTime,
    end: clockTime,
    holidays: z.array(z.iso.date()).max(400).default([]),
  })
  .refine((h) => h.start < h.end, { message: 'must be after start', path: ['end'] });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** Round the clock, every day: the default until a department sets its hours. */
export const ALWAYS_OPEN: BusinessHours = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00', holidays: [] };
