// Diagrams live here, keyed by a number; callers hold a small { id } handle. Blazor can keep that handle
// either as an IJSObjectReference or as plain JSON ({ id } or the bare number), and it never drags the
// whole bpmn-js object graph through JS interop serialization.

const diagrams = new Map();
let nextId = 1;

/** Registers an entry ({ diagram, ... }) and returns its handle. */
export function register(entry) {
  const id = nextId++;
  diagrams.set(id, entry);
  return { id };
}

/** The entry for a handle ({ id } or a number); throws for an unknown or destroyed one. */
export function resolve(handle) {
  const id = typeof handle === 'number' ? handle : handle?.id;
  const entry = diagrams.get(id);
  if (!entry) {
    throw new Error(`No BPMN diagram with handle ${JSON.stringify(handle)} (destroyed or never created)`);
  }
  return entry;
}

/** Forgets a handle and releases its diagram; destroying twice is harmless. */
export function release(handle) {
  const id = typeof handle === 'number' ? handle : handle?.id;
  const entry = diagrams.get(id);
  if (!entry) {
    return;
  }
  diagrams.delete(id);
  entry.dispose?.();
  entry.diagram.destroy();
}

/** Import warnings as plain strings: bpmn-js gives Error objects, which do not cross JS interop. */
export function warningMessages(warnings) {
  return (warnings || []).map((w) => w?.message || String(w));
}
