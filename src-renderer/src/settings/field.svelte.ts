import { getSettingsModel } from './settings-context';
import { type SettingsPath, type SettingsValue, valueAt } from './settings-paths';

/** One setting as its field sees it: main's value, the error beside it, the way to change it. */
export interface SettingsField<P extends SettingsPath> {
  /** Main's value; undefined before main answers, or for a setting left unset. */
  readonly saved: SettingsValue<P> | undefined;
  /** Why the last change was refused, shown beside the field. */
  readonly error: string | undefined;
  /**
   * Sends a new value, unless the field's quick check found a `problem` (then shown, not sent).
   * Resolves to whether it was saved.
   */
  commit(value: SettingsValue<P>, problem?: string): Promise<boolean>;
}

/**
 * The setting at `path`, read from the settings model in context: call it while a component
 * under SettingsView initialises. `path` is a getter, so the field follows its prop.
 */
export function settingsField<P extends SettingsPath>(path: () => P): SettingsField<P> {
  const model = getSettingsModel();
  return {
    get saved() {
      return valueAt(model.value, path());
    },
    get error() {
      return model.errorFor(path());
    },
    commit: (value, problem) => model.commit(path(), value, problem),
  };
}

/** What a Field hands its control (an input or select), so label, message and state line up. */
export interface ControlAttributes {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}
