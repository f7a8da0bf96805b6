/**
 * The demo seed's import: a small in-store survey export in the generic mapping's format, with one
 * row repeated and two rows that cannot be imported, so the CSV import page shows each outcome.
 */
export const DEMO_IMPORT_FILE_NAME = 'store-survey-export.csv';

const HEADER = 'id,text,score,score_scale,received_at,email,name,journey_stage,store';

const ROWS: [string, string, string, string, string, string, string, string][] = [
  ['The returns desk queue took forty minutes and only one till was open.', '3', 'nps', '2026-02-03T10:12:00Z', 'lena.ortiz@example.com', 'Lena Ortiz', 'returns'],
  ['Staff found my size in the back and were lovely about it.', '9', 'nps', '2026-02-03T14:40:00Z', 'omar.haddad@example.com', 'Omar Haddad', 'purchase'],
  ['Card machine was broken again, had to go to the cash point.', '2', 'csat', '2026-02-04T09:05:00Z', 'ravi.patel@example.com', 'Ravi Patel', 'purchase'],
  ['Click and collect order was ready before the text arrived. Great.', '10', 'nps', '2026-02-05T17:30:00Z', 'nina.berg@example.com', 'Nina Berg', 'pickup'],
  ['Fitting rooms closed at 4pm on a Saturday, why?', '4', 'csat', '2026-02-07T16:02:00Z', 'tom.walsh@example.com', 'Tom Walsh', 'visit'],
  ['No one at the information point for twenty minutes.', '5', 'nps', '2026-02-08T11:45:00Z', 'aisha.khan@example.com', 'Aisha Khan', 'visit'],
  ['Loyalty points did not show up after my purchase.', '2', 'ces', '2026-02-09T13:20:00Z', 'jonas.meyer@example.com', 'Jonas Meyer', 'after purchase'],
  ['Nobody left a name or address on this card.', '', '', '2026-02-10T12:00:00Z', '', '', 'visit'],
  ['Parking machine only takes coins.', '14', 'nps', '2026-02-11T08:50:00Z', 'grace.lee@example.com', 'Grace Lee', 'visit'],
].map(([text, score, scale, at, email, name, stage]) => [text, score, scale, at, email, name, stage, stage === 'pickup' ? 'Leeds' : 'York']);

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function demoImportCsv(): string {
  const lines = ROWS.map((row, i) => [`demo-store-${i + 1}`, ...row].map(cell).join(','));
  // the first row again, as a re-exported file would repeat it: counted as a duplicate
  return [HEADER, ...lines, lines[0]].join('\n') + '\n';
}
