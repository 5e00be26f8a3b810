/** The nudge window's page: its view and nothing else. */
// The theme first: every view's own styles come after it.
import '../styles/theme.css';

import NudgeView from '../nudge/NudgeView.svelte';
import { mountWindow } from '../window/mount-window';

export default mountWindow(NudgeView);
