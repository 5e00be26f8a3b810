/**
 * The safety note shown once before the first routine and reachable from the app afterwards.
 * Plain words, no alarm: the aim is that people stretch gently, not that they are scared off.
 */
export const safetyNote = {
  title: 'Before you start',
  intro: 'These stretches are gentle, but your body knows best. A few things to keep in mind:',
  points: [
    'If you have severe or long-lasting back pain, talk to a doctor or physiotherapist before starting a new routine.',
    'Stretch until you feel mild tension, never pain.',
    'Breathe slowly and steadily. Move smoothly, without bouncing.',
    'Stop straight away if you feel sharp pain, numbness or tingling.',
    'For standing stretches, keep a hand on something steady.',
  ],
  closing: 'Little and often works best. Listen to your body and adjust as you go.',
} as const satisfies { title: string; intro: string; points: readonly string[]; closing: string };
