import { describe, expect, it } from 'vitest';
import type { Finding } from '../contracts/contract-input.js';
import { checkLevel } from './check-level.js';

const finding = (severity: Finding['severity']): Finding => ({ code: 'X', severity, message: 'x', messageEn: 'x', ref: '§1' });

describe('checkLevel', () => {
  it('is the worst severity; info findings pass', () => {
    expect(checkLevel([])).toBe('ok');
    expect(checkLevel([finding('info')])).toBe('ok');
    expect(checkLevel([finding('info'), finding('warning')])).toBe('warning');
    expect(checkLevel([finding('warning'), finding('error'), finding('info')])).toBe('error');
  });
});
