/**
 * A lookup by id over a fixed list, for the catalogue's stretches and routines. Ids are closed
 * unions, so a miss is a programming error: it throws, naming the kind and the id, rather than
 * handing every caller an undefined to check.
 */
export function lookupById<Id extends string, Item extends { id: Id }>(
  items: readonly Item[],
  kind: string,
): (id: Id) => Item {
  const byId = new Map<Id, Item>(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Unknown ${kind}: ${id}`);
    return item;
  };
}
