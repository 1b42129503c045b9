import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are resolved from this file, so the config works from any working directory.
const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  plugins: [react()],
  resolve: {
    // `@web/...` lets module pages (modules/<name>/web/) import the shell without ../../../
    alias: { '@web': fromHere('./src') },
  },
  build: {
    outDir: fromHere('./dist'),
    emptyOutDir: true,
    // antd alone is larger than the default 500 kB warning threshold
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    strictPort: true,
    // module pages live outside web/, in modules/*/web
    fs: { allow: [fromHere('..')] },
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
  preview: { port: 4173 },
});
