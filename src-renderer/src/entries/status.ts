/** The status window's page: its view and nothing else. */
// The theme first: every view's own styles come after it.
import '../styles/theme.css';

import StatusView from '../status/StatusView.svelte';
import { mountWindow } from '../window/mount-window';

export default mountWindow(StatusView);
