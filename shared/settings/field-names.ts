import { allStretchList } from '../content/stretch-list';
import { fieldLabels } from './field-labels';

/**
 * What a message calls each setting: the short noun it puts before its rule ("Sitting limit: use
 * a whole number from 10 to 180 minutes"), by dotted path; `*` stands for a list position. The
 * form's label where that reads as a noun already, so the settings window and main's notices
 * name a field the same way, and no message ever shows a dotted path from the file.
 */
const fieldNames = new Map<string, string>(
  Object.entries({
    ...fieldLabels,
    'reminders.sittingLimitMin': 'Sitting limit',
    'reminders.naturalBreakMin': 'Break length',
    'reminders.maxRepeats': 'Nudge repeats',
    'reminders.workHours.enabled': 'Work hours on or off',
    'reminders.workHours.ranges': 'Work hours',
    'morning.enabled': 'Morning routine on or off',
    'morning.time': 'Morning time',
    'morning.days': 'Morning days',
    'morning.routineId': 'Morning routine',
    'morning.catchUpUntil': 'Missed morning offer',
    'morning.askStiffness': 'Back question',
    'routines.deskBreak.stretchIds': 'Desk break stretches',
    'routines.morningInBed.stretchIds': 'Morning in bed stretches',
    'routines.custom': 'Your routines',
    'routines.custom.*.name': 'Routine name',
    'routines.custom.*.stretchIds': 'Stretches in one of your routines',
    'routines.custom.*.id': 'One of your routines',
    'routines.holdS': 'Hold times',
    'cues.soundEnabled': 'Sound cues',
    'cues.countIn': 'Count-in',
    'cues.ticks': 'Ticks',
    'cues.voice': 'Spoken cues',
    'cues.voiceDetail': 'What the voice says',
    'quiet.camera': 'Quiet while the camera is on',
    'quiet.microphone': 'Quiet while the microphone is on',
    'quiet.screencast': 'Quiet while sharing the screen',
    'quiet.fullscreen': 'Quiet in full screen',
    'quiet.dnd': 'Quiet during Do Not Disturb',
    startAtLogin: 'Start at login',
    safetyNoteAcknowledged: 'Safety note read',
    welcomeShown: 'Welcome shown',
    schemaVersion: 'The file’s version number',
  }),
);

/** Whole sections, for a fault in one that is not any one field's ("reminders" is not a list). */
const sectionNames: Record<string, string> = {
  reminders: 'Reminders',
  'reminders.workHours': 'Work hours',
  morning: 'Morning',
  routines: 'Routines',
  'routines.deskBreak': 'Desk break',
  'routines.morningInBed': 'Morning in bed',
  cues: 'Cues',
  quiet: 'Quiet when…',
};

const holdNames = new Map(allStretchList.map((s) => [`routines.holdS.${s.id}`, s.name]));

/**
 * The plain name of the setting at `path`, as a file's issue reports it: a list item is named by
 * its list ("reminders.snoozeOptionsMin.2" is a snooze length), a hold by its stretch. A path
 * that is none of these (a field Limber doesn't know) is `undefined`: callers say so in words.
 */
export function fieldName(path: string): string | undefined {
  const hold = holdNames.get(path);
  if (hold) return `${hold} hold`;
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? '*' : part));
  // A list position, or a part of a range ("ranges.0.end"), belongs to the nearest named field.
  for (let end = parts.length; end > 0; end--) {
    const key = parts.slice(0, end).join('.');
    const name = fieldNames.get(key);
    if (name) return name;
    if (end === parts.length && key in sectionNames) return sectionNames[key];
  }
  return undefined;
}
