import { describe, expect, it } from 'vitest';

import { buildLimberApi } from '@shared/ipc/build-api';
import { fail, ok } from '@shared/ipc/result';

import { IpcCallError, rendererApiFrom } from '../../../src-renderer/src/bridge/api';

describe('rendererApiFrom', () => {
  it('resolves to main value and rejects with main error code', async () => {
    let answer: unknown = ok(null);
    const api = rendererApiFrom(
      buildLimberApi({ invoke: async () => answer, subscribe: () => () => undefined }),
    );
    await expect(api.closeWindow()).resolves.toBeNull();

    answer = fail('invalid-payload', 'bad routine');
    const error = await api.startRoutine({ routineId: 'desk-break' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcCallError);
    expect(error).toMatchObject({ code: 'invalid-payload', message: 'bad routine' });
  });
});
