import type { Model } from '../core/model.ts';
import { computeHandoff } from '../handoff/handoff.ts';
import { markdownMessage } from '../handoff/markdown.ts';
import { slackMessage } from '../handoff/slack.ts';
import type { SiteUrls } from '../routes/routes.ts';

export interface HandoffOptions {
  readonly now: Date;
  readonly urls: SiteUrls | undefined;
  /** Only this rotation (already checked to exist). */
  readonly rotation?: string | undefined;
}

/** The handoff message as printed by `oncall --format slack|markdown` and posted by `notify`. */
export function renderHandoff(model: Model, format: 'slack' | 'markdown', options: HandoffOptions): string {
  const all = computeHandoff(model, options.now, options.urls);
  const handoff = options.rotation === undefined ? all : { ...all, rotations: all.rotations.filter((r) => r.id === options.rotation) };
  return format === 'slack' ? `${JSON.stringify(slackMessage(handoff), null, 2)}\n` : markdownMessage(handoff);
}
