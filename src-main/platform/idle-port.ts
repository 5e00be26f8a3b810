/** Seconds since the last keyboard or mouse input (powerMonitor.getSystemIdleTime). */
export interface IdlePort {
  idleSeconds(): number;
}
