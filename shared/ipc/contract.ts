import { z } from 'zod';
import { eventChannels, invokeChannels, type EventName, type InvokeName } from './channels';
import {
  PreferencesSchema,
  RoutineIdSchema,
  SessionActionSchema,
  SessionSnapshotSchema,
} from './schemas';

/**
 * The one IPC contract. The preload, main's handlers, the renderer's types and the e2e test
 * host are all derived from it; nothing is retyped by hand.
 */

const noPayload = z.undefined();

export const invokeContract = {
  getSession: {
    channel: invokeChannels.getSession,
    request: noPayload,
    response: SessionSnapshotSchema.nullable(),
  },
  startRoutine: {
    channel: invokeChannels.startRoutine,
    request: z.strictObject({ routineId: RoutineIdSchema }),
    response: SessionSnapshotSchema,
  },
  controlSession: {
    channel: invokeChannels.controlSession,
    request: z.strictObject({ action: SessionActionSchema }),
    response: SessionSnapshotSchema,
  },
  getPreferences: {
    channel: invokeChannels.getPreferences,
    request: noPayload,
    response: PreferencesSchema,
  },
  setSoundCues: {
    channel: invokeChannels.setSoundCues,
    request: z.strictObject({
      soundCues: z.boolean().optional(),
      cueVolume: z.number().min(0).max(1).optional(),
    }),
    response: PreferencesSchema,
  },
  acknowledgeSafetyNote: {
    channel: invokeChannels.acknowledgeSafetyNote,
    request: noPayload,
    response: PreferencesSchema,
  },
  closeWindow: {
    channel: invokeChannels.closeWindow,
    request: noPayload,
    response: z.null(),
  },
} as const satisfies {
  [K in InvokeName]: {
    channel: (typeof invokeChannels)[K];
    request: z.ZodType;
    response: z.ZodType;
  };
};

export const eventContract = {
  session: { channel: eventChannels.session, payload: SessionSnapshotSchema.nullable() },
  preferences: { channel: eventChannels.preferences, payload: PreferencesSchema },
} as const satisfies {
  [K in EventName]: { channel: (typeof eventChannels)[K]; payload: z.ZodType };
};

export type InvokeRequest<K extends InvokeName> = z.input<(typeof invokeContract)[K]['request']>;
export type InvokeResponse<K extends InvokeName> = z.output<(typeof invokeContract)[K]['response']>;
export type EventPayload<K extends EventName> = z.output<(typeof eventContract)[K]['payload']>;
