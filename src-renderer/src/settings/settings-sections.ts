/** The settings window's sections, in sidebar order: the id is what a reload remembers. */
export const settingsSections = [
  { id: 'reminders', label: 'Reminders' },
  { id: 'work-hours', label: 'Work hours' },
  { id: 'quiet', label: 'Quiet when…' },
  { id: 'morning', label: 'Morning' },
  { id: 'routines', label: 'Routines' },
  { id: 'cues', label: 'Cues' },
  { id: 'general', label: 'General' },
  { id: 'about', label: 'About' },
] as const;

export type SettingsSectionId = (typeof settingsSections)[number]['id'];

const STORAGE_KEY = 'limber.settings.section';

/** Sections named after the settings they hold; the rest (theme, login) are General. */
const sectionsNamedByKey: readonly string[] = ['reminders', 'quiet', 'morning', 'routines', 'cues'];

/**
 * The section whose form holds the setting at a dotted path ("reminders.workHours.days"): where
 * the user goes to fix a value main refused.
 */
export function sectionOf(path: string): SettingsSectionId {
  if (path.startsWith('reminders.workHours.')) return 'work-hours';
  const key = path.split('.')[0] ?? '';
  return sectionsNamedByKey.includes(key) ? (key as SettingsSectionId) : 'general';
}

/** The section open when the window last closed or reloaded; the first one otherwise. */
export function rememberedSection(
  storage: Pick<Storage, 'getItem'> | undefined,
): SettingsSectionId {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage refused (a locked-down profile): start at the top.
  }
  return settingsSections.find((section) => section.id === saved)?.id ?? 'reminders';
}

/** Remembers the open section; losing it only means starting at the top next time. */
export function rememberSection(
  storage: Pick<Storage, 'setItem'> | undefined,
  id: SettingsSectionId,
): void {
  try {
    storage?.setItem(STORAGE_KEY, id);
  } catch {
    // Not remembered: harmless.
  }
}

/** The section an arrow, Home or End key moves to from `from`; undefined for other keys. */
export function sectionAfterKey(
  from: SettingsSectionId,
  key: string,
): SettingsSectionId | undefined {
  const at = settingsSections.findIndex((section) => section.id === from);
  const last = settingsSections.length - 1;
  const to =
    key === 'ArrowDown' || key === 'ArrowRight'
      ? (at + 1) % settingsSections.length
      : key === 'ArrowUp' || key === 'ArrowLeft'
        ? (at - 1 + settingsSections.length) % settingsSections.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : undefined;
  return to === undefined ? undefined : settingsSections[to]?.id;
}
