import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { markdownFieldPaths, markdownTexts, PIPELINE_MARKDOWN } from '../../../src/core/schemas/markdown-fields.ts';
import { markdownText } from '../../../src/core/schemas/markdown.ts';
import { commonIssueSchema, pipelineSchema } from '../../../src/core/schemas/pipeline.ts';

describe('markdownFieldPaths', () => {
  it("returns the pipeline's Markdown fields as its schema tags them", () => {
    expect(PIPELINE_MARKDOWN).toEqual({ top: ['description'], lists: { commonIssues: ['symptoms', 'checks', 'fix'] } });
  });

  it('returns a new Markdown field, at the top and in a list, when the schema gains one', () => {
    const extended = pipelineSchema.extend({
      escalation: markdownText('escalation', 'Who to wake after the owners.', 'Page the *finance* lead').optional(),
      commonIssues: z.array(commonIssueSchema.extend({ impact: markdownText('impact', 'Who notices.', 'Investors').optional() })).default([]),
    });
    expect(markdownFieldPaths(extended)).toEqual({ top: ['description', 'escalation'], lists: { commonIssues: ['symptoms', 'checks', 'fix', 'impact'] } });
  });
});

describe('markdownTexts', () => {
  it('returns every Markdown text with its path, in schema order, leaving out absent fields', () => {
    const pipeline = { description: 'D', name: 'not Markdown', commonIssues: [{ title: 'T', fix: 'F' }, { title: 'U', symptoms: 'S', checks: 'C' }] };
    expect(markdownTexts(pipeline)).toEqual([
      [['description'], 'D'],
      [['commonIssues', 0, 'fix'], 'F'],
      [['commonIssues', 1, 'symptoms'], 'S'],
      [['commonIssues', 1, 'checks'], 'C'],
    ]);
  });
});

