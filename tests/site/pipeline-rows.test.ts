import { afterEach, describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { setSiteBase } from '../helpers/site-base.ts';

import { pipelineRows } from '../../src/site/pipeline-rows.ts';

const model = loadData('tests/fixtures/site').model!;
const [first, second] = model.pipelines;

describe('pipelineRows', () => {
  afterEach(() => setSiteBase('/'));

  it('returns a row per pipeline: its page, audience, both owners and its rotation, in order', () => {
    const html = pipelineRows([first!, second!], model, false);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.indexOf(`/pipelines/${first!.id}/`)).toBeLessThan(html.indexOf(`/pipelines/${second!.id}/`));
    const row = pipelineRows([first!], model, false);
    expect(row).toContain(`<th scope="row"><a href="/pipelines/${first!.id}/">${first!.name}</a></th>`);
    expect(row).toContain(`<a href="/people/${first!.owners.primary}/">${model.byId.people.get(first!.owners.primary)!.name}</a>`);
    expect(row).toContain(`<a href="/people/${first!.owners.secondary}/">`);
    expect(row).toContain(`<span class="badge ${first!.audience}">`);
    expect(row).not.toContain('<td>' + model.byId.areas.get(first!.area)!.name);
  });

  it('returns the area column only when the list mixes areas', () => {
    expect(pipelineRows([first!], model, true)).toContain(`<td>${model.byId.areas.get(first!.area)!.name}</td>`);
  });

  it('returns "none" for a pipeline without a rotation, and rotation links under the site base', () => {
    setSiteBase('/runbooks/');
    const withRotation = model.pipelines.find((p) => p.rotation)!;
    expect(pipelineRows([withRotation], model, false)).toContain(`<a href="/runbooks/oncall/${withRotation.rotation}/">`);
    expect(pipelineRows([{ ...withRotation, rotation: undefined }], model, false)).toContain('<td><span class="muted">none</span></td>');
  });

  it('returns every layer of a pipeline with layers, in order', () => {
    const hours = loadData('tests/fixtures/hours').model!;
    expect(pipelineRows([hours.byId.pipelines.get('ledger')!], hours, false)).toContain(
      '<td><a href="/oncall/business-hours/">Business hours</a>, then <a href="/oncall/after-hours/">After hours</a></td>',
    );
  });

  it('returns names from the data escaped, never as markup', () => {
    const hostile = { ...first!, name: `<img src=x onerror="alert('x')"> & co` };
    const html = pipelineRows([hostile], model, false);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co');
  });
});
