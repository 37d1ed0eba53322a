import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtBase } from './preview-base.ts';

/** `npm run preview`: serves the build under the base it was built with (preview-base.ts). */
export function runbooksPreview(): AstroIntegration {
  return {
    name: 'pipeline-runbooks:preview',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Only when no --base was given: an explicit one wins.
        if (command !== 'preview' || config.base !== '/') return;
        const base = builtBase(config.root, config.outDir, config.base);
        if (!base) return;
        logger.info(`serving ${fileURLToPath(config.outDir)} under ${base}, the base it was built with`);
        updateConfig({ base });
      },
    },
  };
}
