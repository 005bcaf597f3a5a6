// Markers (CSS classes on an element's SVG group) and overlays (HTML badges next to it). Every text
// shown comes from callers and may be user input, so it is only ever set as textContent.

/** Adds a marker class and remembers the element, so that clearMarkers can take it off again. */
export function addMarker(diagram, marked, elementId, className) {
  diagram.get('canvas').addMarker(elementId, className);
  marked.push([elementId, className]);
}

/** Removes the markers recorded in `marked` and every overlay of `overlayType`. */
export function clearMarkers(diagram, marked, overlayType) {
  const canvas = diagram.get('canvas');
  const registry = diagram.get('elementRegistry');
  for (const [elementId, className] of marked.splice(0)) {
    // After a new import the element may be gone; its marker went with it.
    if (registry.get(elementId)) {
      canvas.removeMarker(elementId, className);
    }
  }
  diagram.get('overlays').remove({ type: overlayType });
}

/** An HTML badge with the given class; `lines` become one block each, `title` its tooltip. */
export function badge(className, lines, title) {
  const el = document.createElement('div');
  el.className = `sv-badge ${className}`;
  for (const line of lines) {
    const part = document.createElement('div');
    part.textContent = line;
    el.appendChild(part);
  }
  if (title) {
    el.title = title;
  }
  return el;
}

const POSITIONS = {
  'top-right': { top: -12, right: 12 },
  'top-left': { top: -12, left: -12 },
  // Below the shape, clear of the context pad that opens to its right when it is selected.
  below: { bottom: -6, left: 0 },
};

/** Places a badge at `where` (a key of POSITIONS) on a shape; on a connection, at its start. */
export function addBadge(diagram, overlayType, element, html, where = 'top-right') {
  const position = element.waypoints ? { top: -10, left: 0 } : POSITIONS[where];
  diagram.get('overlays').add(element.id, overlayType, { position, html });
}
