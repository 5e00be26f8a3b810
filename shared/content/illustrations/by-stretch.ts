import type { Illustration, StretchId } from '../types';
import { catCowIllustration } from './cat-cow';
import { deskCatCowIllustration } from './desk-cat-cow';
import { deskFigureFourIllustration } from './desk-figure-four';
import { deskForwardFoldIllustration } from './desk-forward-fold';
import { deskHamstringIllustration } from './desk-hamstring';
import { deskHipFlexorIllustration } from './desk-hip-flexor';
import { hamstringIllustration } from './hamstring';
import { hipFlexorIllustration } from './hip-flexor';
import { piriformisIllustration } from './piriformis';
import { proneQuadIllustration } from './prone-quad';
import { seatedForwardBendIllustration } from './seated-forward-bend';
import { supineButterflyIllustration } from './supine-butterfly';

/** Each stretch's drawing, kept apart from its words: only the renderer's player loads these. */
export const illustrationsByStretch: Readonly<Record<StretchId, Illustration>> = {
  'hip-flexor': hipFlexorIllustration,
  piriformis: piriformisIllustration,
  hamstring: hamstringIllustration,
  'prone-quad': proneQuadIllustration,
  'cat-cow': catCowIllustration,
  'seated-forward-bend': seatedForwardBendIllustration,
  'supine-butterfly': supineButterflyIllustration,
  'desk-hip-flexor': deskHipFlexorIllustration,
  'desk-figure-four': deskFigureFourIllustration,
  'desk-hamstring': deskHamstringIllustration,
  'desk-forward-fold': deskForwardFoldIllustration,
  'desk-cat-cow': deskCatCowIllustration,
};
