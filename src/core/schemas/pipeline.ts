import { z } from 'zod';
import { id, isoDate, nonEmptyText, personRef, safeUrl, teamRef, time, timezone } from './common.ts';
import { deliverySchema } from './delivery.ts';
import { markdownText, type MarkdownKeys } from './markdown.ts';
import { layersSchema } from './site.ts';

export const AUDIENCES = ['investors', 'experiments'] as const;
export const OPERATORS = ['>', '>=', '<', '<=', 'within'] as const;

export const LINK_KINDS = ['dashboard', 'orchestrator', 'alerts', 'logs', 'repository', 'docs', 'data', 'other'] as const;

export const commonIssueSchema = z
  .strictObject({
    id: id('issue', 'finance-db-sync-delay')
      .optional()
      .meta({
        description:
          "The issue's anchor on the runbook page, for an alert's runbook_url (/pipelines/<id>/#<issue-id>). Default: the title in lower case, each run of other characters than a-z and 0-9 turned into -.",
        examples: ['finance-db-sync-delay'],
      }),
    title: nonEmptyText('title', 'The issue in a few words.', 'Delay in Finance DB sync'),
    symptoms: markdownText('symptoms', 'What you see when it happens (Markdown).', 'Dashboard shows yesterday as *partial*').optional(),
    checks: markdownText('checks', 'What to look at first (Markdown: code blocks, lists, links).', 'Compare row counts with the Finance DB export').optional(),
    fix: markdownText('fix', 'How to resolve it (Markdown: a numbered procedure, commands).', '1. Re-run the sync task once the export lands').optional(),
  })
  .meta({ description: 'Something that usually breaks, and what to do about it.' });

export const linkSchema = z
  .strictObject({
    title: nonEmptyText('title', 'What the link opens, in a few words.', 'Airflow DAG'),
    url: safeUrl('Where it points (https or http).', 'https://airflow.example.com/dags/aggregate_profit', ['https:', 'http:']),
    kind: z
      .enum(LINK_KINDS, { error: `expected one of ${LINK_KINDS.join(', ')}` })
      .default('other')
      .meta({ description: 'What kind of link, for its label on the runbook. Default other.', examples: ['orchestrator', 'dashboard'] }),
  })
  .meta({ description: 'A link shown near the top of the runbook, labelled by its kind.' });

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
      .meta({ description: 'The on-call rotation (a file in rotations/). May be left out when exactly one rotation exists, or when `rotations` or the area names them.' }),
    rotations: layersSchema.optional(),
    description: markdownText(
      'description',
      'What the pipeline does and who reads it (Markdown). Its first sentence, as plain text, is the summary in tables, search results and the meta description.',
      'Profit by business unit for the **investor report**, refreshed nightly.',
    ).optional(),
    links: z
      .array(linkSchema, { error: 'expected a list of links, each {title, url, kind}' })
      .default([])
      .meta({ description: 'Dashboards, DAGs, alerts, logs, repositories and docs, shown near the top of the runbook.' }),
    reviewed: isoDate('The day the runbook was last checked by its owners.', '2026-11-02').optional(),
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

/** The pipeline's top-level Markdown fields (`description`), for faces that treat them alike. */
export type PipelineMarkdownKey = MarkdownKeys<typeof pipelineSchema.shape>;
