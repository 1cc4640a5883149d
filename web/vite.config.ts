/**
 * The e-service web app. `npm run build` writes web/dist, which the backend serves at / (src/web/).
 * `npm run dev:web` serves the app with hot reload on :5173 and proxies the API to `npm start` on :3000.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.TIETOLUPA_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // The libraries change less often than the app: a file of their own stays cached across releases.
        // One file, not several: React's CommonJS modules split across files load in the wrong order.
        manualChunks: (id) => (id.includes('/node_modules/') ? 'libraries' : undefined),
      },
    },
    // The libraries' file (React, the Suomi.fi components, styled-components, i18next…) is about 600 kB.
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': backend } },
});
