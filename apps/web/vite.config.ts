import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Vite 8 built-in: `@fullcircle/shared` resolves to libs/shared/src through tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/admin/queues': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React and the TanStack/Radix runtime change rarely: a separate chunk stays cached across app releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/](@tanstack|@radix-ui|radix-ui|react-hook-form|@hookform|zod)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
