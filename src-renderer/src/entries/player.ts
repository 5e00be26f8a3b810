/** The player window's page: its view and nothing else. */
// The theme first: every view's own styles come after it.
import '../styles/theme.css';

import PlayerView from '../player/PlayerView.svelte';
import { mountWindow } from '../window/mount-window';

export default mountWindow(PlayerView);
