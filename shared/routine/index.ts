/** The routine engine: routine -> timeline of steps; player state as a function of time. */
export type * from './types';
export { DEFAULT_TIMELINE_OPTIONS, buildTimeline } from './timeline';
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
  startPlayer,
  snapshotFrom,
} from './player';
export { playerView } from './view';
