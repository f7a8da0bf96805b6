import { DEMO_LOGINS } from '@fullcircle/shared';
import { DEMO_DEPARTMENTS, demoStaff } from './demo-org.data';

describe('demoStaff', () => {
  it('is the same on every run', () => {
    expect(demoStaff()).toEqual(demoStaff());
  });

  it('starts with one login per role and gives every department an owner', () => {
    const staff = demoStaff();
    expect(staff.slice(0, 4).map((p) => p.email)).toEqual(Object.values(DEMO_LOGINS).map((l) => l.email));
    for (const { slug } of DEMO_DEPARTMENTS) {
      expect(staff.some((p) => p.role === 'owner' && p.departmentSlugs.includes(slug))).toBe(true);
    }
  });

  it('never repeats an email and keeps them lower-case', () => {
    const emails = demoStaff().map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toBe(email.toLowerCase());
  });
});
