import type { z } from 'zod';

import type { FieldIssue } from '../errors/issues';
import { issuesFrom } from '../errors/issues';
import { describeIssues, isPlainFieldPath } from './issues';
import { cloneData, deepMerge, isPlainObject, unsafeKeyPaths } from './merge';
import {
  cleanedRoutineName,
  CURRENT_SCHEMA_VERSION,
  defaultSettings,
  type Settings,
  SettingsSchema,
} from './schema';

/**
 * Turns whatever a settings file held into today's settings, or says why it cannot. Pure: the
 * store decides what to do with the file (keep, back up, never overwrite).
 */

type Raw = Record<string, unknown>;

/** Each step takes version N's data to N + 1. Add one per schemaVersion bump. */
const steps: Record<number, (raw: Raw) => Raw> = {
  /**
   * Version 1 was the player's in-memory preferences, written without a version:
   * `{ soundCues, cueVolume (0–1), safetyNoteAcknowledged }`. Keys it did not know travel on,
   * so the store can report them rather than drop them silently.
   */
  1: ({ soundCues, cueVolume, safetyNoteAcknowledged, ...rest }) => ({
    ...rest,
    schemaVersion: 2,
    cues: {
      soundEnabled: soundCues,
      volume: typeof cueVolume === 'number' ? Math.round(cueVolume * 100) : cueVolume,
    },
    safetyNoteAcknowledged,
  }),
  /**
   * Version 3 added `morning.catchUpUntil`. Files from before it get the end it shipped with,
   * stated here so a later change of the default does not rewrite what version 2 meant. A
   * user of version 2 has used Limber already: no first-run welcome for them.
   */
  2: ({ morning, ...rest }) => ({
    welcomeShown: true,
    ...rest,
    schemaVersion: 3,
    ...(morning === undefined
      ? {}
      : { morning: isPlainObject(morning) ? { catchUpUntil: '11:00', ...morning } : morning }),
  }),
};

export type MigrationError =
  | { kind: 'newer-version'; version: number; message: string }
  | { kind: 'invalid'; message: string };

export type MigrationResult =
  | {
      settings: Settings;
      fromVersion: number;
      /** Dotted paths of fields this version does not know; they are not in `settings`. */
      unknownFields: string[];
      /** Dotted paths of values Limber had to clean (a name with hidden characters). */
      repairedFields?: string[];
    }
  | { error: MigrationError };

/**
 * Parsed JSON in, current settings out. Fields a file leaves out take their defaults; fields it
 * does not know are listed and left out; anything else wrong (a wrong type, a value out of
 * range) makes the whole file invalid, since guessing what the user meant would lose data.
 */
export function migrate(raw: unknown): MigrationResult {
  if (!isPlainObject(raw)) return invalid('The settings file does not hold an object.');
  const version = raw.schemaVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    // Not quoted: a damaged file's bytes never reach a notice.
    return invalid('its version number is not one Limber knows');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      error: {
        kind: 'newer-version',
        version,
        message: 'Your settings were saved by a newer Limber, which this version can’t read.',
      },
    };
  }
  let data: Raw = raw;
  for (let at = version; at < CURRENT_SCHEMA_VERSION; at++) {
    const step = steps[at];
    if (!step) return invalid(`Limber can’t update it from its version ${at}`);
    data = step(data);
  }
  // deepMerge leaves out keys that would reach the prototype; they are named like unknown ones.
  const unsafe = unsafeKeyPaths(data);
  const repaired = cleanRoutineNames(data);
  const result = validate(deepMerge(defaultSettings, repaired.data), version);
  if (!('settings' in result)) return result;
  return {
    ...result,
    unknownFields: [...unsafe, ...result.unknownFields],
    ...(repaired.paths.length > 0 ? { repairedFields: repaired.paths } : {}),
  };
}

/**
 * Names of the user's own routines saved before names were checked may hold control or bidi
 * characters that a name may no longer have. They are taken out rather than the whole file
 * thrown away: one odd character must not cost every setting.
 */
function cleanRoutineNames(data: Raw): { data: Raw; paths: string[] } {
  const routines = data.routines;
  if (!isPlainObject(routines) || !Array.isArray(routines.custom)) return { data, paths: [] };
  const paths: string[] = [];
  const custom = routines.custom.map((routine: unknown, index) => {
    if (!isPlainObject(routine) || typeof routine.name !== 'string') return routine;
    const cleaned = cleanedRoutineName(routine.name);
    if (cleaned === undefined || cleaned === routine.name.trim()) return routine;
    paths.push(`routines.custom.${index}.name`);
    return { ...routine, name: cleaned };
  });
  return paths.length === 0
    ? { data, paths }
    : { data: { ...data, routines: { ...routines, custom } }, paths };
}

function validate(data: unknown, fromVersion: number): MigrationResult {
  const first = SettingsSchema.safeParse(data);
  if (first.success) return { settings: first.data, fromVersion, unknownFields: [] };
  const unknown = first.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  if (unknown.length !== first.error.issues.length) return invalid(describe(first.error));
  // Only unknown fields: keep everything understood, and name what was left out.
  const stripped = withoutKeys(data, unknown);
  const second = SettingsSchema.safeParse(stripped);
  if (!second.success) return invalid(describe(second.error));
  return {
    settings: second.data,
    fromVersion,
    // Every one, uncut: the notice decides how many to name (issuesFrom would stop at 20).
    unknownFields: unknown.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path.map(String), key].join('.'))
        : [],
    ),
  };
}

function withoutKeys(data: unknown, issues: z.core.$ZodIssue[]): unknown {
  const copy = cloneData(data) as Raw;
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let node: unknown = copy;
    for (const key of issue.path)
      node = isPlainObject(node) || Array.isArray(node) ? (node as Raw)[key as string] : undefined;
    if (isPlainObject(node)) for (const key of issue.keys) delete node[key];
  }
  return copy;
}

/** Issues a file notice lists: a few, and a made-up field name only counted, never quoted. */
const ISSUES_DESCRIBED = 5;

function describe(error: z.ZodError): string {
  const issues = issuesFrom(error).map(readable);
  const shown = describeIssues(issues.slice(0, ISSUES_DESCRIBED));
  const more = issues.length - ISSUES_DESCRIBED;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function readable(issue: FieldIssue): FieldIssue {
  if (issue.path === '' || isPlainFieldPath(issue.path)) return issue;
  return { path: '', message: 'a field with an unreadable name is not one Limber knows' };
}

const invalid = (message: string): MigrationResult => ({ error: { kind: 'invalid', message } });
