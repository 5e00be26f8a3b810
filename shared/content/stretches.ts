import {
  type MorningStretchId,
  morningStretchList,
  type StretchInstructions,
  withInstructions,
} from './stretch-list';
import type { StretchText } from './types';

/**
 * How to do each of the seven morning stretches. Written to be read lying down, half awake:
 * short sentences, second person, one idea each. Names and lengths are in stretch-list.ts.
 */
const instructions: Record<MorningStretchId, StretchInstructions> = {
  'hip-flexor': {
    position: 'standing',
    startPosition: 'Stand beside your bed, close enough to rest a foot on it.',
    feltIn: 'Front of the hip',
    picture:
      'Standing beside the bed, one foot up on the mattress, the other leg stretched back, hips pressed forward',
    steps: [
      'Lift your left foot onto the bed so the knee bends to about a right angle.',
      'Leave your right leg long behind you, toes on the floor.',
      'Stand tall and ease your hips forward until the front of your right hip opens.',
    ],
    cues: [
      'Keep your back upright; the hips do the moving.',
      'Rest a hand on your knee or something steady.',
      'Breathe slowly and let the hip soften.',
      'Ease off if you feel any sharp pain.',
    ],
    why: 'Hours of sitting shorten the muscles at the front of the hip, which can tug on the lower back. This one undoes the chair.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Right leg back, left foot up on the bed',
        picture:
          'Standing beside the bed, left foot up on the mattress, right leg stretched back, hips pressed forward',
      },
      left: {
        label: 'Left leg',
        hold: 'Left leg back, right foot up on the bed',
        picture:
          'Standing beside the bed, right foot up on the mattress, left leg stretched back, hips pressed forward',
      },
      switchHow: 'Step down, then right foot up on the bed, left leg back',
      // Stepping down and swapping feet while keeping your balance.
      switchS: 6,
    },
  },
  piriformis: {
    position: 'lying-on-back',
    startPosition: 'Lie on your back with your knees bent and feet flat on the bed.',
    feltIn: 'Buttock of the crossed leg',
    picture:
      'Lying on your back, one ankle crossed over the other knee, both hands drawing the lower thigh toward the chest',
    steps: [
      'Rest your right ankle across your left knee.',
      'Lift your left foot off the bed and reach both hands behind your left thigh.',
      'Draw your left thigh gently toward your chest.',
    ],
    cues: [
      'Let the crossed knee fall open.',
      'Keep your head and shoulders heavy on the bed.',
      'Take slow, deep breaths.',
      'Back off if you feel sharp pain.',
    ],
    why: 'A tight piriformis, deep in the buttock, pulls on the lower back. Stretching it also loosens the hips.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Right ankle over your left knee',
        picture:
          'Lying on your back, right ankle crossed over the left knee, both hands drawing the left thigh toward the chest',
      },
      left: {
        label: 'Left leg',
        hold: 'Left ankle over your right knee',
        picture:
          'Lying on your back, left ankle crossed over the right knee, both hands drawing the right thigh toward the chest',
      },
      switchHow: 'Uncross, then rest your left ankle over your right knee',
      // Both feet come down, the legs uncross and cross the other way: the biggest change.
      switchS: 8,
    },
  },
  hamstring: {
    position: 'lying-on-back',
    startPosition: 'Lie on your back with both legs long.',
    feltIn: 'Back of the thigh',
    picture:
      'Lying on your back, one leg raised straight up with a towel around the foot, the other leg flat on the bed',
    steps: [
      'Loop a towel or band around the sole of your right foot, if you have one.',
      'Raise your right leg toward the ceiling, knee straight.',
      'Draw it gently toward you until the back of the thigh feels a stretch.',
    ],
    cues: [
      'Keep the raised knee long, not locked.',
      'Let the resting leg lie long on the bed.',
      'A mild pull is enough; it should never hurt.',
      'Breathe out and let the leg come a little closer.',
    ],
    equipment: 'A towel or resistance band',
    why: 'Tight hamstrings tilt the pelvis and load the lower back. A straight-leg stretch lengthens them without strain.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Raise your right leg, knee straight',
        picture:
          'Lying on your back, right leg raised straight up with a towel around the foot, left leg flat on the bed',
      },
      left: {
        label: 'Left leg',
        hold: 'Raise your left leg, knee straight',
        picture:
          'Lying on your back, left leg raised straight up with a towel around the foot, right leg flat on the bed',
      },
      switchHow: 'Lower your right leg, loop the towel round your left foot and raise it',
      // The towel moves from one foot to the other.
      switchS: 8,
    },
  },
  'prone-quad': {
    alsoCalled: 'Prone rectus femoris stretch',
    position: 'lying-on-stomach',
    startPosition: 'Lie on your stomach, forehead resting on the pillow or on your folded arms.',
    feltIn: 'Front of the thigh',
    picture:
      'Lying face down, face turned into the pillow, one knee bent and that hand drawing the heel toward the buttock',
    steps: [
      'Bend your right knee and bring the heel toward your buttock.',
      'Hold your right ankle with your right hand, or loop a strap around it.',
      'Keep your knees side by side and press your hips into the bed.',
    ],
    cues: [
      'Hips stay down; the heel does not need to touch.',
      'Keep the knees close together.',
      'Breathe evenly.',
      'Ease off if the knee or back complains.',
    ],
    equipment: 'A strap or towel',
    why: 'The front of the thigh crosses the hip too. When it is tight it pulls the pelvis forward and arches the lower back.',
    sides: {
      right: {
        label: 'Right leg',
        hold: 'Right heel toward your buttock, knees together',
        picture:
          'Lying face down, face turned into the pillow, right knee bent and the right hand drawing the heel toward the buttock',
      },
      left: {
        label: 'Left leg',
        hold: 'Left heel toward your buttock, knees together',
        picture:
          'Lying face down, face turned into the pillow, left knee bent and the left hand drawing the heel toward the buttock',
      },
      switchHow: 'Lower your right foot, then bend your left knee and hold that ankle',
      switchS: 6,
    },
  },
  'supine-butterfly': {
    alsoCalled: 'Supine butterfly stretch',
    position: 'lying-on-back',
    startPosition: 'Lie on your back with your arms resting by your sides.',
    feltIn: 'Inner thighs and hips',
    picture:
      'Lying on your back, arms by your sides, soles of the feet together and knees falling open to both sides',
    steps: [
      'Bend your knees and bring the soles of your feet together.',
      'Let your knees drop open to the sides, legs in a diamond.',
      'Rest there and let gravity do the work.',
    ],
    cues: [
      'No pushing: let the knees sink on their own.',
      'Soften your belly and jaw.',
      'If your hips feel strained, slide your feet further away.',
      'Breathe slowly into your belly.',
    ],
    why: 'Opens the hips and inner thighs with almost no effort, a restful stretch in the middle of the routine.',
  },
  'seated-forward-bend': {
    position: 'seated',
    startPosition: 'Sit up on the bed with your legs stretched out in front of you.',
    feltIn: 'Along your back',
    picture:
      'Sitting on the bed with legs straight out in front, hinging forward from the hips with a long back, chest leading toward the feet',
    steps: [
      'Breathe in and sit tall.',
      'As you breathe out, tip forward from the hips.',
      'Reach toward your feet, as far as is comfortable.',
    ],
    cues: [
      'Lead with your chest, not your head.',
      'Bend your knees a little if your back feels tight.',
      'Every out-breath, let yourself fold a touch more.',
      'Never bounce; stop if you feel sharp pain.',
    ],
    why: 'Lengthens the whole back, from the hips to the neck, before you get up.',
  },
  'cat-cow': {
    position: 'hands-and-knees',
    startPosition: 'Come onto your hands and knees, hands under shoulders, knees under hips.',
    feltIn: 'Your whole spine',
    picture:
      'On hands and knees on the bed: breathing in, the back dips and the head lifts; breathing out, the back rounds up and the head drops',
    steps: [
      'Breathe in: let your belly drop, lift your chest and look ahead (cow).',
      'Breathe out: round your back up and let your head hang (cat).',
      'Keep flowing between the two with your breath.',
    ],
    cues: [
      'Move slowly; the breath sets the pace.',
      'Keep your arms straight and relaxed.',
      'Only move as far as feels good.',
      'Stop if you feel sharp pain.',
    ],
    why: 'Moves every part of the spine in turn, which warms it up gently for the day.',
  },
};

/** The seven morning stretches, in the order the routine runs them. */
export const morningStretchesText: readonly StretchText[] = withInstructions(
  morningStretchList,
  instructions,
);
