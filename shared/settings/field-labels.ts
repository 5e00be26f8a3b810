import { allStretchList } from '../content/stretch-list';

/**
 * What each setting is called: `label` is the form's wording beside the control, `name` the
 * short noun a message puts before its rule ("Sitting limit: use a whole number from 10 to 180
 * minutes"). One table, so the settings window and main's notices name a field the same way,
 * and no message ever shows a dotted path from the file.
 */
export interface FieldLabel {
  readonly label: string;
  readonly name: string;
}

const both = (label: string, name = label): FieldLabel => ({ label, name });

/** Every setting a person edits, by dotted path; `*` stands for a list position. */
export const fieldLabels = {
  'reminders.sittingLimitMin': both('Nudge me after sitting for', 'Sitting limit'),
  'reminders.naturalBreakMin': both('A break counts after being away for', 'Break length'),
  'reminders.snoozeOptionsMin': both('Snooze lengths'),
  'reminders.maxRepeats': both('Repeat an unanswered nudge up to', 'Nudge repeats'),
  'reminders.delivery': both('How to nudge'),
  'reminders.workHours.enabled': both('Only nudge during work hours', 'Work hours on or off'),
  'reminders.workHours.days': both('Work days'),
  'reminders.workHours.ranges': both('Hours', 'Work hours'),
  'morning.enabled': both('Offer the morning routine', 'Morning routine on or off'),
  'morning.time': both('Time', 'Morning time'),
  'morning.days': both('Days', 'Morning days'),
  'morning.routineId': both('Routine', 'Morning routine'),
  'morning.catchUpUntil': both('Offer a missed morning until', 'Missed morning offer'),
  'morning.askStiffness': both('Afterwards, ask how my back feels', 'Back question'),
  'routines.deskBreak.stretchIds': both('Desk break', 'Desk break stretches'),
  'routines.morningInBed.stretchIds': both('Morning in bed', 'Morning in bed stretches'),
  'routines.custom': both('Your routines'),
  'routines.custom.*.name': both('Name', 'Routine name'),
  'routines.custom.*.stretchIds': both('Stretches', 'Stretches in one of your routines'),
  'routines.custom.*.id': both('Routine', 'One of your routines'),
  'routines.holdS': both('Hold times per stretch', 'Hold times'),
  'routines.setupS': both('Time to get into position', 'Time to get into position'),
  'routines.catCowS': both('Cat-cow length'),
  'cues.soundEnabled': both('Play sound cues', 'Sound cues'),
  'cues.volume': both('Volume'),
  'cues.countIn': both('Count 3, 2, 1 before each hold', 'Count-in'),
  'cues.ticks': both('Soft ticks over the last three seconds of a hold', 'Ticks'),
  'cues.voice': both('Speak the cues', 'Spoken cues'),
  'cues.voiceDetail': both('What to say', 'What the voice says'),
  'quiet.camera': both('My camera is on', 'Quiet while the camera is on'),
  'quiet.microphone': both('My microphone is on', 'Quiet while the microphone is on'),
  'quiet.screencast': both("I'm sharing my screen", 'Quiet while sharing the screen'),
  'quiet.fullscreen': both('An app is full screen or presenting', 'Quiet in full screen'),
  'quiet.dnd': both('Do Not Disturb or Focus is on', 'Quiet during Do Not Disturb'),
  startAtLogin: both('Start Limber when I log in', 'Start at login'),
  theme: both('Theme'),
  safetyNoteAcknowledged: both('Safety note read'),
  welcomeShown: both('Welcome shown'),
  schemaVersion: both('File version', 'The file’s version number'),
} as const satisfies Record<string, FieldLabel>;

export type LabelledPath = keyof typeof fieldLabels;

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
    if (key in fieldLabels) return fieldLabels[key as LabelledPath].name;
    if (end === parts.length && key in sectionNames) return sectionNames[key];
  }
  return undefined;
}

/** The form's label for the setting at `path`; a field with no entry here is a programming error. */
export function formLabel(path: string): string {
  const entry = (fieldLabels as Record<string, FieldLabel | undefined>)[path];
  if (!entry) throw new Error(`Settings field ${path} has no label in field-labels.ts.`);
  return entry.label;
}
