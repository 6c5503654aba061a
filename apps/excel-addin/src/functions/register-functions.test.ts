import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { invalidValue } from './function-error.js';
import { FUNCTIONS_BY_ID, registerFunctions } from './register-functions.js';

describe('registerFunctions', () => {
  it('associates exactly the ids the build writes into functions.json', async () => {
    const result = await generateCustomFunctionsMetadata(fileURLToPath(new URL('./functions.ts', import.meta.url)));
    expect(result.errors).toEqual([]);
    const ids = (JSON.parse(result.metadataJson) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids.sort()).toEqual(Object.keys(FUNCTIONS_BY_ID).sort());
    const associated: string[] = [];
    expect(registerFunctions({ associate: (id: string) => void associated.push(id) } as unknown as typeof CustomFunctions)).toBe(true);
    expect(associated.sort()).toEqual(ids);
  });

  it('does nothing outside Excel', () => {
    expect(registerFunctions(undefined)).toBe(false);
  });
});

describe('invalidValue', () => {
  it('uses the runtime CustomFunctions.Error inside Excel', () => {
    class RuntimeError {
      constructor(readonly code: string, readonly message: string) {}
    }
    const global = globalThis as { CustomFunctions?: unknown };
    global.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: '#VALUE!' } };
    try {
      expect(invalidValue('Formation inconnue.')).toEqual(new RuntimeError('#VALUE!', 'Formation inconnue.'));
    } finally {
      delete global.CustomFunctions;
    }
  });
});
