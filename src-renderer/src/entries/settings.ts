/** The settings window's page: its view and nothing else. */
// The theme first: every view's own styles come after it.
import '../styles/theme.css';

import SettingsView from '../settings/SettingsView.svelte';
import { mountWindow } from '../window/mount-window';

export default mountWindow(SettingsView);
