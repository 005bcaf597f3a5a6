import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import TranslationsSv from './translations-sv.js';
import { register, resolve, warningMessages } from './handles.js';
import { addBadge, addMarker, badge, clearMarkers } from './overlays.js';

const HIGHLIGHT_OVERLAY = 'sv-highlight';

/**
 * A read-only, pannable and zoomable diagram with an instance's state drawn on it (see updateHighlights).
 * Resolves to a handle ({ id, warnings }); rejects if the XML cannot be read.
 */
export async function createViewer(canvasEl, xml, highlights) {
  const viewer = new NavigatedViewer({
    container: canvasEl,
    additionalModules: [TranslationsSv],
    moddleExtensions: { camunda: camundaModdle },
  });
  let warnings;
  try {
    ({ warnings } = await viewer.importXML(xml));
  } catch (error) {
    viewer.destroy();
    throw error;
  }
  viewer.get('canvas').zoom('fit-viewport');
  const handle = register({ diagram: viewer, errorMarkers: [], highlightMarkers: [] });
  updateHighlights(handle, highlights);
  return { ...handle, warnings: warningMessages(warnings) };
}

/**
 * Redraws the state: highlights = { active: { elementId: count }, completed: [elementId],
 * incidents: { elementId: count } }. Active elements get a green border and a count badge, completed ones
 * are muted, incidents get a red border and a badge. Ids not in the diagram are skipped.
 */
export function updateHighlights(handle, highlights) {
  const entry = resolve(handle);
  const { diagram } = entry;
  const registry = diagram.get('elementRegistry');
  clearMarkers(diagram, entry.highlightMarkers, HIGHLIGHT_OVERLAY);
  const { active = {}, completed = [], incidents = {} } = highlights || {};
  for (const id of completed) {
    // An element both completed and active (a loop) shows as active.
    if (registry.get(id) && !active[id] && !incidents[id]) {
      addMarker(diagram, entry.highlightMarkers, id, 'sv-completed');
    }
  }
  const counted = [
    [active, 'sv-active', 'sv-badge-active', 'aktiv', 'aktiva', 'top-right'],
    [incidents, 'sv-incident', 'sv-badge-incident', 'incident', 'incidenter', 'top-left'],
  ];
  for (const [counts, marker, badgeClass, one, many, corner] of counted) {
    for (const [id, count] of Object.entries(counts)) {
      const element = registry.get(id);
      if (!element) {
        continue;
      }
      addMarker(diagram, entry.highlightMarkers, id, marker);
      const n = Number(count) || 0;
      addBadge(diagram, HIGHLIGHT_OVERLAY, element, badge(badgeClass, [String(n)], `${n} ${n === 1 ? one : many}`), corner);
    }
  }
}

/**
 * Tells .NET which flow node the user clicked (dotNetRef.invokeMethodAsync(method, elementId)): the instance page uses it to
 * pick where a token is moved. Clicks on the process itself, on sequence flows and on labels are ignored.
 */
export function onElementClick(handle, dotNetRef, method) {
  const { diagram } = resolve(handle);
  diagram.get('eventBus').on('element.click', (event) => {
    const element = event.element;
    if (!element || element.type === 'label' || !element.businessObject || !element.parent || element.waypoints) {
      return;
    }
    if (element.type === 'bpmn:Process' || element.type === 'bpmn:Collaboration' || element.type === 'bpmn:Participant') {
      return;
    }
    dotNetRef.invokeMethodAsync(method, element.id);
  });
}
