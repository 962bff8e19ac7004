import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompress } from './build/precompress';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The app chunk (start-app: React, Fluent UI, the board) is imported by the small entry only once
 * the board's data is on its way. Listed as modulepreload in index.html, the browser downloads
 * and compiles it from the start, in parallel with the entry and the data, and runs it later.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/start-app.tsx'));
        if (!app) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          for (const next of chunk?.imports ?? []) visit(next);
        };
        visit(app.fileName);
        const entry = ctx.chunk;
        for (const known of [entry?.fileName, ...(entry?.imports ?? [])]) if (known) files.delete(known);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/tab/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The tab is served by the bot's process at `/tab` (personal and channel tab), so every asset
 * URL is built under that base. One HTML entry: the server answers extension-less paths such as
 * `/tab/config` (the channel tab's configuration page) with index.html, and the app picks the
 * view from the path; the configuration page's code is a lazy chunk.
 */
export default defineConfig({
  root: here,
  base: '/tab/',
  plugins: [react(), preloadAppChunk(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
