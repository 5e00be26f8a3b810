/**
 * Whether Limber starts at login, as the OS reports it: the settings window shows this, not the
 * setting last written, so a refusal (a Flatpak sandbox, an entry disabled elsewhere, a macOS
 * approval still pending) shows as "off" with the reason.
 */
export interface LoginState {
  enabled: boolean;
  /** Plain words for the user when the OS state differs from what they might expect. */
  note?: string;
}

/** Start at login, behind one small interface per OS. `write` returns the state read back. */
export interface LoginItemPort {
  read(): Promise<LoginState>;
  write(enabled: boolean): Promise<LoginState>;
}
