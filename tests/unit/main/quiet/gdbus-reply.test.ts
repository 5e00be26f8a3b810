import { describe, expect, it } from 'vitest';

import { booleanReply, integerReply } from '../../../../src-main/quiet/gdbus-reply';
import { recorded } from './support/recorded';

const stdout = (name: string) => {
  const result = recorded(`linux/gdbus/${name}`);
  return result.kind === 'exited' ? result.stdout : '';
};

describe('gdbus reply text', () => {
  it('reads boxed and plain booleans as gdbus prints them', () => {
    expect(booleanReply(stdout('notifications-inhibited-true'))).toBe(true);
    expect(booleanReply(stdout('notifications-inhibited-false'))).toBe(false);
    expect(booleanReply(stdout('name-has-owner-true'))).toBe(true);
    expect(booleanReply(stdout('name-has-owner-false'))).toBe(false);
  });

  it('reads typed and plain integers', () => {
    expect(integerReply(stdout('mutter-idletime'))).toBe(12345);
    expect(integerReply(stdout('screensaver-session-idle'))).toBe(42);
    expect(integerReply('(42,)\n')).toBe(42);
  });

  it('anything else is no answer', () => {
    for (const text of [
      '',
      '()',
      '(true, false)',
      '(<uint32 42>, "x")',
      'Error: Timeout was reached',
    ]) {
      expect(booleanReply(text)).toBeNull();
      expect(integerReply(text)).toBeNull();
    }
    expect(integerReply('(uint64 99999999999999999999,)')).toBeNull();
  });
});
