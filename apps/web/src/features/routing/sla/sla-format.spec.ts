import { formatInZone, formatMinutes } from './sla-format';

describe('SLA formatting', () => {
  it('reads targets as minutes and hours', () => {
    expect(formatMinutes(30)).toBe('30 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(168 * 60)).toBe('168 h');
  });

  it("shows an instant in the department's zone, and 'Paused' without one", () => {
    expect(formatInZone('2026-11-30T10:00:00.000Z', 'Europe/London')).toBe('Mon 30 Nov, 10:00');
    expect(formatInZone('2026-11-30T10:00:00.000Z', 'Asia/Tokyo')).toBe('Mon 30 Nov, 19:00');
    expect(formatInZone(null, 'UTC')).toBe('Paused');
  });
});
