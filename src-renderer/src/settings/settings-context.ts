import { createContext } from 'svelte';

import type { SettingsModel } from './settings-model.svelte';

/**
 * The settings window's model, set once by SettingsView for every section and field under it,
 * so none of them takes it as a prop. Reading it outside SettingsView throws.
 */
export const [getSettingsModel, setSettingsModel] = createContext<SettingsModel>();
