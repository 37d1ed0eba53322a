import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  userEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';

/** The checks Backstage's catalog runs on an entity it reads: the envelope and field formats, then its kind's schema. */
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const KIND_VALIDATORS = [componentEntityV1alpha1Validator, userEntityV1alpha1Validator, groupEntityV1alpha1Validator, locationEntityV1alpha1Validator];

/** Resolves when Backstage accepts the entity; rejects with Backstage's own message otherwise. */
export async function validateEntity(entity: unknown): Promise<void> {
  const checked = await policy.enforce(structuredClone(entity) as Entity);
  if (!checked) throw new Error('rejected by the entity policies');
  const results = await Promise.all(KIND_VALIDATORS.map((v) => v.check(checked)));
  if (!results.includes(true)) throw new Error(`no kind validator accepts kind ${checked.kind}`);
}
