import { describe, expect, it } from 'vitest';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

const head = yaml`
  name: Growth (experiments)
  area: growth
  audience: experiments
`;

describe('loadData: a key at the wrong indent', () => {
  it('returns one indentation problem, not "missing" plus "unknown", when secondary is moved to column 1 under owners', () => {
    const file = `${head}owners:\n  primary: engineer-c\nsecondary: engineer-a\n`;
    expect(problemsWith({ 'pipelines/growth.yaml': file })).toEqual([
      'pipelines/growth.yaml:6:1: secondary is indented as a top-level key, but it belongs under owners; indent secondary by 2 spaces to put it under owners',
    ]);
  });

  it('returns one problem for every key of a mapping written at column 1, and no "owners is empty"', () => {
    const file = `${head}owners:\nprimary: engineer-c\nsecondary: engineer-a\n`;
    expect(problemsWith({ 'pipelines/growth.yaml': file })).toEqual([
      'pipelines/growth.yaml:5:1: primary and secondary are indented as top-level keys, but they belong under owners; indent primary and secondary by 2 spaces to put them under owners',
    ]);
  });

  it('returns the mapping nested deepest in the one above when the key belongs there: a list item, a mapping in a mapping', () => {
    const file = yaml`
      name: Profit (investors)
      area: profit
      audience: investors
      owners: {primary: engineer-a, secondary: engineer-b}
      upstream: [finance-data]
      downstream: [investor-relations]
      commonIssues:
        - title: Late Finance DB sync
      symptoms: Yesterday is missing
      sla:
        delivery:
          cadence: daily
          deadline: "06:00"
        timezone: UTC
        targets:
          - {metric: accuracy, operator: within, percent: 1, reference: Finance DB}
    `;
    expect(problemsWith({ 'pipelines/profit.yaml': file })).toEqual([
      'pipelines/profit.yaml:9:1: symptoms is indented as a top-level key, but it belongs under commonIssues[0]; indent symptoms by 4 spaces to put it under commonIssues[0]',
      'pipelines/profit.yaml:14:3: timezone is indented as a key of sla, but it belongs under sla.delivery; indent timezone by 2 spaces to put it under sla.delivery',
    ]);
  });

  it('returns one problem, not "missing audience" plus "unknown key in owners", when a top-level key is indented under owners', () => {
    const file = yaml`
      name: Growth (experiments)
      area: growth
      owners:
        primary: engineer-c
        secondary: engineer-a
        audience: experiments
    `;
    expect(problemsWith({ 'pipelines/growth.yaml': file })).toEqual([
      'pipelines/growth.yaml:6:3: audience is indented under owners, but it is a top-level key; indent audience 2 spaces less, to make it a top-level key',
    ]);
  });

  it('returns "unknown key" when the key belongs to no mapping next to it', () => {
    const file = `${head}owners:\n  primary: engineer-c\n  secondary: engineer-a\nsecondry: engineer-b\n`;
    expect(problemsWith({ 'pipelines/growth.yaml': file })).toEqual([expect.stringMatching(/^pipelines\/growth.yaml:7:1: unknown key "secondry"; known keys: /)]);
  });

  it('returns "unknown key" for a key of the mapping above that is already there, not an indentation mistake', () => {
    const file = `${head}owners:\n  primary: engineer-c\n  secondary: engineer-a\nprimary: engineer-b\n`;
    expect(problemsWith({ 'pipelines/growth.yaml': file })).toEqual([expect.stringMatching(/^pipelines\/growth.yaml:7:1: unknown key "primary"; /)]);
  });
});
