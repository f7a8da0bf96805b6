import { defineConfig } from 'vite';

// One self-contained script (`/widget.js`) that customers embed with a tag: an IIFE, no chunks,
// no CSS file (styles live in the Shadow DOM), JSX compiled by Oxc for Preact.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/main.tsx',
      name: 'FullcircleWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
