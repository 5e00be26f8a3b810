/**
 * What the settings form calls each setting it shows, beside the control, by dotted path.
 * Main's messages name a field by these words too, or by the shorter noun in field-names.ts.
 */
export const fieldLabels = {
  'reminders.sittingLimitMin': 'Nudge me after sitting for',
  'reminders.naturalBreakMin': 'A break counts after being away for',
  'reminders.snoozeOptionsMin': 'Snooze lengths',
  'reminders.maxRepeats': 'Repeat an unanswered nudge up to',
  'reminders.delivery': 'How to nudge',
  'reminders.workHours.enabled': 'Only nudge during work hours',
  'reminders.workHours.days': 'Work days',
  'reminders.workHours.ranges': 'Hours',
  'morning.enabled': 'Offer the morning routine',
  'morning.time': 'Time',
  'morning.days': 'Days',
  'morning.routineId': 'Routine',
  'morning.catchUpUntil': 'Offer a missed morning until',
  'morning.askStiffness': 'Afterwards, ask how my back feels',
  'routines.deskBreak.stretchIds': 'Desk break',
  'routines.morningInBed.stretchIds': 'Morning in bed',
  'routines.setupS': 'Time to get into position',
  'routines.catCowS': 'Cat-cow length',
  'cues.soundEnabled': 'Play sound cues',
  'cues.volume': 'Volume',
  'cues.countIn': 'Count 3, 2, 1 before each hold',
  'cues.ticks': 'Soft ticks over the last three seconds of a hold',
  'cues.voice': 'Speak the cues',
  'cues.voiceDetail': 'What to say',
  'quiet.camera': 'My camera is on',
  'quiet.microphone': 'My microphone is on',
  'quiet.screencast': "I'm sharing my screen",
  'quiet.fullscreen': 'An app is full screen or presenting',
  'quiet.dnd': 'Do Not Disturb or Focus is on',
  startAtLogin: 'Start Limber when I log in',
  theme: 'Theme',
} as const satisfies Record<string, string>;

/** The form's label for the setting at `path`; a field with no entry here is a programming error. */
export function formLabel(path: string): string {
  const label = (fieldLabels as Record<string, string | undefined>)[path];
  if (!label) throw new Error(`Settings field ${path} has no label in field-labels.ts.`);
  return label;
}
