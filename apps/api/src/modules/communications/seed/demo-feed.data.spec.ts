import { DEMO_DEPARTMENTS, demoStaff } from '../../org/seed/demo-org.data';
import { DEMO_FEED } from './demo-feed.data';

describe('DEMO_FEED', () => {
  it('names only demo departments and demo logins, so every entry lands in a fresh demo database', () => {
    const slugs = new Set(DEMO_DEPARTMENTS.map((d) => d.slug));
    const emails = new Set(demoStaff().map((p) => p.email));
    for (const entry of DEMO_FEED) {
      if (entry.departmentSlug) expect(slugs).toContain(entry.departmentSlug);
      for (const email of [entry.authorEmail, entry.personEmail]) if (email) expect(emails).toContain(email);
    }
  });

  it('shows each kind of word the loop produces', () => {
    expect(new Set(DEMO_FEED.map((e) => e.kind))).toEqual(new Set(['announcement', 'process_change', 'lesson', 'recognition']));
  });
});
