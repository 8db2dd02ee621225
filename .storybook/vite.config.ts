// Storybook's Vite: the content plugin, so stories render the real default pack, and the Custom
// Elements Manifest made from the source, for the docs pages and controls.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { contentPlugin } from '../vite.config.js';
import { customElementsManifest } from './custom-elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({ plugins: [contentPlugin(), customElementsManifest(root)] });
