import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests sit beside their code: features and shared helpers in src/, build steps in
    // build/, command-line tools in scripts/, and site-wide checks of content/ in tests/.
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
