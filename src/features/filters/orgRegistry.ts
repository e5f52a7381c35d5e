import type { Organization } from '../../schema/dataset';

/** The organisations and their hierarchy, built once per dataset. */
export interface OrgRegistry {
  byId: ReadonlyMap<string, Organization>;
  /** The organisation and every body above it: filtering by a parent includes its sub-bodies. */
  selfAndAncestors(id: string): readonly string[];
  /** The union of selfAndAncestors over an event's organisations, without repeats. */
  closureOf(ids: readonly string[]): readonly string[];
  /** Top-level bodies first, each followed by its sub-bodies, with their depth. */
  ordered: readonly { org: Organization; depth: number }[];
}

export function createOrgRegistry(organizations: readonly Organization[]): OrgRegistry {
  const byId = new Map(organizations.map((org) => [org.id, org]));
  const chains = new Map<string, string[]>();
  const selfAndAncestors = (id: string): string[] => {
    let chain = chains.get(id);
    if (!chain) {
      chain = [];
      // Stopping at an id already in the chain keeps a cyclic registry from looping forever.
      for (let at: string | null | undefined = id; at && !chain.includes(at); at = byId.get(at)?.parent)
        chain.push(at);
      chains.set(id, chain);
    }
    return chain;
  };
  // Keyed by the array itself: each event's list is one immutable array, asked about on every filter change.
  const closures = new WeakMap<readonly string[], string[]>();
  const closureOf = (ids: readonly string[]): string[] => {
    let closure = closures.get(ids);
    if (!closure) closures.set(ids, (closure = [...new Set(ids.flatMap(selfAndAncestors))]));
    return closure;
  };
  const children = new Map<string | null, Organization[]>();
  for (const org of organizations) {
    const parent = org.parent !== null && byId.has(org.parent) ? org.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), org]);
  }
  const ordered: { org: Organization; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const org of children.get(parent) ?? []) {
      ordered.push({ org, depth });
      visit(org.id, depth + 1);
    }
  };
  visit(null, 0);
  return { byId, selfAndAncestors, closureOf, ordered };
}

/** The top-level body an organisation belongs to (itself when it has no parent). */
export function rootOf(registry: OrgRegistry, id: string): string {
  const chain = registry.selfAndAncestors(id);
  return chain[chain.length - 1] ?? id;
}
