import { describe, expect, it } from 'vitest';
import { MISSION_STATE_LABELS, missionStateLabels } from './mission-state-labels.js';

describe('missionStateLabels', () => {
  it('names every state in both languages, each name once', () => {
    for (const language of ['fr', 'en'] as const) {
      const labels = Object.values(missionStateLabels(language));
      expect(labels).toHaveLength(Object.keys(MISSION_STATE_LABELS).length);
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.every((l) => l.trim() !== '')).toBe(true);
    }
    expect(missionStateLabels('fr').VALIDATED).toBe('Validée');
    expect(missionStateLabels('en').RETURNED).toBe('Returned to the student');
  });
});
