import { surgesToAlert } from './surge-alert-choice';

describe(surgesToAlert.name, () => {
  it('alerts on the topic-wide surge and not on a location surge of the same topic', () => {
    const chosen = surgesToAlert(
      [
        { id: 'a', topic: 'cancellation', dimension: 'topic', isNew: true },
        { id: 'b', topic: 'cancellation', dimension: 'location', isNew: true },
      ],
      new Set(),
    );
    expect(chosen.map((s) => s.id)).toEqual(['a']);
  });

  it('does not alert on a location surge whose topic already surges from an earlier run', () => {
    expect(surgesToAlert([{ id: 'b', topic: 'cancellation', dimension: 'location', isNew: true }], new Set(['cancellation']))).toEqual([]);
  });

  it('alerts on a location or product surge when its topic does not surge as a whole', () => {
    const chosen = surgesToAlert(
      [
        { id: 'b', topic: 'baggage', dimension: 'location', isNew: true },
        { id: 'c', topic: 'baggage', dimension: 'product', isNew: true },
      ],
      new Set(['delay']),
    );
    expect(chosen.map((s) => s.id)).toEqual(['b', 'c']);
  });

  it('never alerts twice on a surge found again', () => {
    expect(surgesToAlert([{ id: 'a', topic: 'cancellation', dimension: 'topic', isNew: false }], new Set(['cancellation']))).toEqual([]);
  });
});
