import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { useMutationResult } from './use-mutation-result';

const conflict = { code: 'CONFLICT', message: 'Modifié entre-temps.', field: null };
const onReason = { code: 'REQUIRED', message: 'Le motif est requis.', field: 'reason' };
const general = { code: 'NOT_ALLOWED', message: 'Action impossible dans cet état.', field: null };

describe('useMutationResult', () => {
  it('on success: busy while it runs, no errors, then onSuccess with the answer', async () => {
    const r = useMutationResult({ fields: ['reason'] });
    const onSuccess = vi.fn();
    let busyDuring = false;
    const ok = await r.send(async () => {
      busyDuring = r.busy.value;
      return { errors: [], mission: { id: 'm1' } };
    }, onSuccess);
    expect(ok).toBe(true);
    expect(busyDuring).toBe(true);
    expect(r.busy.value).toBe(false);
    expect(onSuccess).toHaveBeenCalledWith({ errors: [], mission: { id: 'm1' } });
    expect(r.errors.value).toEqual([]);
    expect(r.fieldErrors.value).toEqual({});
  });

  it('puts a shown field’s message next to it and the others above; onSuccess is not called', async () => {
    const r = useMutationResult({ fields: ['reason'] });
    const onSuccess = vi.fn();
    const ok = await r.send(async () => ({ errors: [onReason, general, { ...onReason, field: 'other', message: 'Autre champ.' }] }), onSuccess);
    expect(ok).toBe(false);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(r.fieldErrors.value).toEqual({ reason: 'Le motif est requis.' });
    expect(r.errors.value).toEqual(['Action impossible dans cet état.', 'Autre champ.']);
    expect(r.conflict.value).toBe(false);
  });

  it('says a conflict in the panel’s words, alone', async () => {
    const r = useMutationResult({ conflict: () => 'Quelqu’un a enregistré avant vous.' });
    expect(await r.send(async () => ({ errors: [conflict, general] }))).toBe(false);
    expect(r.conflict.value).toBe(true);
    expect(r.errors.value).toEqual(['Quelqu’un a enregistré avant vous.']);
  });

  it('leaves a conflict apart, or keeps the API’s message in order, as asked', async () => {
    const apart = useMutationResult({ conflict: 'apart' });
    await apart.send(async () => ({ errors: [conflict, general] }));
    expect(apart.conflict.value).toBe(true);
    expect(apart.errors.value).toEqual(['Action impossible dans cet état.']);

    const asSent = useMutationResult();
    await asSent.send(async () => ({ errors: [general, conflict] }));
    expect(asSent.conflict.value).toBe(true);
    expect(asSent.errors.value).toEqual(['Action impossible dans cet état.', 'Modifié entre-temps.']);
  });

  it('shows a failed request as one message and clears what the previous answer said', async () => {
    const r = useMutationResult({ fields: ['reason'] });
    await r.send(async () => ({ errors: [onReason] }));
    expect(r.fieldErrors.value).toEqual({ reason: 'Le motif est requis.' });
    const ok = await r.send(async () => {
      throw new ApiError('Le serveur ne répond pas.', 503);
    });
    expect(ok).toBe(false);
    expect(r.fieldErrors.value).toEqual({});
    expect(r.errors.value).toEqual(['Le serveur ne répond pas.']);
    expect(r.busy.value).toBe(false);
  });
});
