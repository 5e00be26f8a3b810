/** The routine engine: routine -> timeline of steps; player state as a function of time. */
export {
  activeAt,
  endEarly,
  finishesAt,
  fromSnapshot,
  pausePlayer,
  positionAt,
  restartStretch,
  resumePlayer,
  settle,
  skipBack,
  skipForward,
  snapshotFrom,
  startPlayer,
} from './player';
export { buildTimeline, DEFAULT_TIMELINE_OPTIONS } from './timeline';
export type * from './types';
export { playerView } from './view';
