import { z } from 'zod';
import { id, nonEmptyText, personRef, teamRef, time, timezone } from './common.ts';

export const AUDIENCES = ['investors', 'experiments'] as const;
export const OPERATORS = ['>', '>=', '<', '<=', 'within'] as const;

export const commonIssueSchema = z
  .strictObject({
    title: nonEmptyText('title', 'The issue in a few words.', 'Delay in Finance DB sync'),
    symptoms: nonEmptyText('symptoms', 'What you see when it happens.', 'Dashboard shows yesterday as partial').optional(),
    checks: nonEmptyText('checks', 'What to look at first.', 'Compare row counts with the Finance DB export').optional(),
    fix: nonEmptyText('fix', 'How to resolve it.', 'Re-run the sync task once the export lands').optional(),
  })
  .meta({ description: 'Something that usually breaks, and what to do about it.' });

export const deliverySchema = z
  .strictObject({
    cadence: z.enum(['daily'], { error: 'expected "daily"' }).meta({ description: 'How often the data is delivered.' }),
    deadline: time('Delivered by this time, every day.', '06:00'),
    timezone: timezone('The zone of the deadline.'),
  })
  .meta({ description: 'When the data must be delivered.' });

export const targetSchema = z
  .strictObject({
    metric: nonEmptyText('metric', 'What is measured.', 'accuracy'),
    operator: z
      .enum(OPERATORS, { error: `expected one of ${OPERATORS.map((o) => `"${o}"`).join(', ')}` })
      .meta({ description: 'How the metric compares with percent; "within" means within percent of the reference.' }),
    percent: z
      .number({ error: 'expected a number from 0 to 100' })
      .min(0, { error: 'expected a number from 0 to 100' })
      .max(100, { error: 'expected a number from 0 to 100' })
      .meta({ description: 'The threshold, 0 to 100.', examples: [98, 1] }),
    reference: nonEmptyText('reference', 'What the metric is measured against.', 'Finance DB').optional(),
  })
  .meta({ description: 'A quality target, e.g. accuracy within 1% of Finance DB.' });

export const slaSchema = z
  .strictObject({
    delivery: deliverySchema.optional(),
    targets: z
      .array(targetSchema, { error: 'expected a list of targets, each {metric, operator, percent}' })
      .default([])
      .meta({ description: 'Quality targets the data meets.' }),
  })
  .meta({ description: 'The SLA & agreements.' });

export const pipelineSchema = z
  .strictObject({
    name: nonEmptyText('name', 'Display name.', 'Aggregate profit (investors)'),
    area: id('area', 'profit').meta({ description: 'A business area id from site.yaml.' }),
    audience: z
      .enum(AUDIENCES, { error: 'expected "investors" or "experiments"' })
      .meta({ description: 'Who consumes the data. investors pipelines need a full runbook.' }),
    rotation: id('rotation', 'data-platform')
      .optional()
      .meta({ description: 'The on-call rotation (a file in rotations/). May be left out when exactly one rotation exists.' }),
    owners: z
      .strictObject({
        primary: personRef('The primary owner.'),
        secondary: personRef('The secondary owner; differs from primary.', 'engineer-b'),
      })
      .meta({ description: 'Who owns the pipeline.' }),
    upstream: z.array(teamRef('A team this pipeline depends on.'), { error: 'expected a list of team ids' }).default([]).meta({
      description: 'Upstream owner teams: who to call when the inputs break.',
    }),
    downstream: z.array(teamRef('A team that depends on this pipeline.', 'investor-relations'), { error: 'expected a list of team ids' }).default([]).meta({
      description: 'Critical downstream users.',
    }),
    commonIssues: z
      .array(commonIssueSchema, { error: 'expected a list of issues, each {title}' })
      .default([])
      .meta({ description: 'What usually breaks.' }),
    sla: slaSchema.optional(),
  })
  .meta({ title: 'pipelines/<id>.yaml', description: 'A pipeline, its owners and its runbook; its id is the file name.' });

export type PipelineData = z.output<typeof pipelineSchema>;
