/**
 * Channel names, without schemas: the preload imports only this, so zod stays out of the
 * sandboxed preload bundle. contract.ts pairs every name here with its schemas.
 */
export const invokeChannels = {
  getSession: 'session:get',
  startRoutine: 'session:start',
  controlSession: 'session:control',
  getPreferences: 'preferences:get',
  setSoundCues: 'preferences:set-sound-cues',
  acknowledgeSafetyNote: 'preferences:acknowledge-safety-note',
  closeWindow: 'window:close',
} as const;

export const eventChannels = {
  session: 'session:changed',
  preferences: 'preferences:changed',
} as const;

export type InvokeName = keyof typeof invokeChannels;
export type EventName = keyof typeof eventChannels;
