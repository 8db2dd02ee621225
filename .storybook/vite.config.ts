// Storybook's Vite: only the content plugin, so stories render the real default pack.
import { defineConfig } from 'vite';
import { contentPlugin } from '../vite.config.js';

export default defineConfig({ plugins: [contentPlugin()] });
