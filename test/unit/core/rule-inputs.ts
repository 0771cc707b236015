// Each rule's `inputs`, the fields its check reads: exported by its file beside the rule (src/core/rules/types.ts,
// InputName), by rule id. Used by the meta-test and the corpus.
import type { InputName } from '../../../src/core/rules/types.ts';

const modules = import.meta.glob<{ default?: { id: string }; inputs?: readonly InputName[] }>(
  '../../../src/core/rules/*.ts',
  { eager: true },
);

const byId = new Map(
  Object.values(modules).flatMap((m) => (m.default && m.inputs ? [[m.default.id, m.inputs] as const] : [])),
);

export function inputsOf(id: string): readonly InputName[] {
  const inputs = byId.get(id);
  if (!inputs) throw new Error(`${id}: its file exports no inputs`);
  return inputs;
}
