import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The tab is served by the bot's process at `/tab` (personal and channel tab), so every asset
 * URL is built under that base. One HTML entry: the server answers extension-less paths such as
 * `/tab/config` (the channel tab's configuration page) with index.html, and the app picks the
 * view from the path; the configuration page's code is a lazy chunk.
 */
export default defineConfig({
  root: here,
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
