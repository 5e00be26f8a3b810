/** The history window's page: its view and nothing else. */
// The theme first: every view's own styles come after it.
import '../styles/theme.css';

import HistoryView from '../history/HistoryView.svelte';
import { mountWindow } from '../window/mount-window';

export default mountWindow(HistoryView);
