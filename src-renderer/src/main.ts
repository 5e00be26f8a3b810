import './styles/theme.css';

import { mount } from 'svelte';

import App from './App.svelte';

/** Entry point: mounts the app; App picks the view from the location hash. */
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element.');

export default mount(App, { target });
