/**
 * Channel names, without schemas: the preload imports only this, so zod stays out of the
 * sandboxed preload bundle. contract.ts pairs every name here with its schemas.
 */
export const invokeChannels = {
  getSession: 'session:get',
  startRoutine: 'session:start',
  controlSession: 'session:control',
  getRoutineLengths: 'routines:get-lengths',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  resetSettings: 'settings:reset',
  getSettingsNotices: 'settings:get-notices',
  dismissSettingsNotices: 'settings:dismiss-notices',
  acknowledgeSafetyNote: 'settings:acknowledge-safety-note',
  showSettingsFile: 'settings:show-file',
  getLoginState: 'login:get',
  closeWindow: 'window:close',
  getNudge: 'nudge:get',
  answerNudge: 'nudge:answer',
  getSittingStatus: 'sitting:get',
  getMorningOffer: 'morning:get',
  answerMorning: 'morning:answer',
  getHistoryStats: 'history:get',
  exportHistory: 'history:export',
  rateStiffness: 'history:rate-stiffness',
  openHistory: 'history:open',
  checkQuiet: 'quiet:check',
  setMeeting: 'quiet:set-meeting',
  runAppAction: 'app:action',
  getAbout: 'app:get-about',
  openLogsFolder: 'app:open-logs',
} as const;

export const eventChannels = {
  session: 'session:changed',
  settings: 'settings:changed',
  settingsNotices: 'settings:notices-changed',
  loginState: 'login:changed',
  nudge: 'nudge:changed',
  sittingStatus: 'sitting:changed',
  morningOffer: 'morning:changed',
  history: 'history:changed',
} as const;

export type InvokeName = keyof typeof invokeChannels;
export type EventName = keyof typeof eventChannels;
