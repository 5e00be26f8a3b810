import {
  type DeskStretchId,
  deskStretchList,
  type StretchInstructions,
  withInstructions,
} from './stretch-list';
import type { StretchText } from './types';

/**
 * How to do each desk variant, beside a chair. Each names the bed stretch it adapts
 * (`adaptsFor`) so the app can mark it as a desk version. Names and lengths are in stretch-list.ts.
 */
const instructions: Record<DeskStretchId, StretchInstructions> = {
  'desk-hip-flexor': {
    position: 'standing',
    startPosition: 'Stand facing a sturdy chair that does not roll.',
    feltIn: 'Front of the hip',
    picture:
      'Standing facing a chair, one foot up on the seat, the other leg stretched back, hips pressed forward',
    steps: [
      'Put your left foot up on the seat, knee bent.',
      'Step your right leg back and keep it long.',
      'Stand tall and ease your hips forward.',
    ],
    cues: [
      'Hold the chair back or the desk for balance.',
      'Keep your chest lifted.',
      'No chair to spare? A lunge on the floor works too.',
      'Ease off if you feel sharp pain.',
    ],
    why: 'Sitting is what tightens the front of the hip, so this comes first in every desk break.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Right leg back, left foot on the seat',
        picture:
          'Standing facing a chair, left foot up on the seat, right leg stretched back, hips pressed forward',
      },
      left: {
        label: 'Left leg',
        hold: 'Left leg back, right foot on the seat',
        picture:
          'Standing facing a chair, right foot up on the seat, left leg stretched back, hips pressed forward',
      },
      switchHow: 'Step down, then right foot on the seat, left leg back',
      // As long as the default: the break is meant to stay near two minutes.
      switchS: 5,
    },
    adaptsFor: 'hip-flexor',
  },
  'desk-figure-four': {
    position: 'seated',
    startPosition: 'Sit near the front of your chair, feet flat on the floor.',
    feltIn: 'Buttock of the crossed leg',
    picture:
      'Sitting on a chair, one ankle resting on the other knee, leaning forward with a straight back',
    steps: [
      'Rest your right ankle on your left knee.',
      'Sit tall, then lean forward from the hips.',
      'Stop when you feel it in your right buttock.',
    ],
    cues: [
      'Keep your back long; lean, do not slump.',
      'Let the crossed knee drop a little.',
      'Back off if you feel sharp pain.',
    ],
    why: 'Reaches the piriformis without lying down, easing a common pull on the lower back.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Right ankle on your left knee',
        picture:
          'Sitting on a chair, right ankle resting on the left knee, leaning forward with a straight back',
      },
      left: {
        label: 'Left leg',
        hold: 'Left ankle on your right knee',
        picture:
          'Sitting on a chair, left ankle resting on the right knee, leaning forward with a straight back',
      },
      switchHow: 'Sit up, uncross, then rest your left ankle on your right knee',
      switchS: 5,
    },
    adaptsFor: 'piriformis',
  },
  'desk-hamstring': {
    position: 'seated',
    startPosition: 'Sit on the front edge of your chair.',
    feltIn: 'Back of the thigh',
    picture:
      'Sitting on the front edge of a chair, one leg straight with the heel on the floor, leaning forward from the hips',
    steps: [
      'Straighten your right leg in front of you, heel on the floor, toes up.',
      'Rest your hands on your left thigh.',
      'Keep your back long and lean forward from the hips.',
    ],
    cues: [
      'Chest forward, not head down.',
      'A gentle pull is plenty.',
      'Stop if you feel sharp pain, numbness or tingling.',
    ],
    why: 'Loosens the back of the thigh, which pulls on the lower back after a long sit.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Right leg straight, heel on the floor',
        picture:
          'Sitting on the front edge of a chair, right leg straight with the heel on the floor, leaning forward from the hips',
      },
      left: {
        label: 'Left leg',
        hold: 'Left leg straight, heel on the floor',
        picture:
          'Sitting on the front edge of a chair, left leg straight with the heel on the floor, leaning forward from the hips',
      },
      switchHow: 'Bend your right knee, then straighten your left leg',
      switchS: 5,
    },
    adaptsFor: 'hamstring',
  },
  'desk-forward-fold': {
    position: 'seated',
    startPosition: 'Sit on your chair with your feet a little wider than your hips.',
    feltIn: 'Along your back',
    picture:
      'Sitting on a chair, folded forward over the thighs, head and arms hanging loose toward the floor',
    steps: [
      'Breathe in and sit tall.',
      'Breathe out and fold forward over your thighs.',
      'Let your arms and head hang toward the floor.',
    ],
    cues: [
      'Let your neck go loose.',
      'Come up slowly, one breath at a time.',
      'Stop if you feel dizzy or any sharp pain.',
    ],
    why: 'Lets the back lengthen and relax after holding you upright all morning.',
    adaptsFor: 'seated-forward-bend',
  },
  'desk-cat-cow': {
    position: 'seated',
    startPosition: 'Sit toward the front of your chair, hands resting on your knees.',
    feltIn: 'Your whole spine',
    picture:
      'Sitting on a chair with hands on the knees: breathing in, the chest lifts and the back arches; breathing out, the back rounds and the head drops',
    steps: [
      'Breathe in: lift your chest, arch your back and look up a little (cow).',
      'Breathe out: round your back and tuck your chin (cat).',
      'Keep flowing with your breath.',
    ],
    cues: [
      'Let the breath lead the movement.',
      'Keep your feet planted.',
      'Move only as far as feels good.',
    ],
    why: 'Wakes up a spine that has been still in one shape for too long.',
    adaptsFor: 'cat-cow',
  },
};

/** The bed stretches adapted for a chair, for the stand-up break. */
export const deskVariantsText: readonly StretchText[] = withInstructions(
  deskStretchList,
  instructions,
);
