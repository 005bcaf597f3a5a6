import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import TranslationsSv from './translations-sv.js';
import { candidateGroupsModule } from './candidate-groups.js';
import { register, resolve, warningMessages } from './handles.js';
import { addBadge, addMarker, badge, clearMarkers } from './overlays.js';

const CHANGE_DEBOUNCE_MS = 300;
const ERROR_OVERLAY = 'sv-error';

/**
 * A Camunda 7 modeler with its properties panel, showing `xml`. Resolves to a handle once the diagram is
 * imported (its `warnings` are the import warnings); rejects, leaving nothing behind, if the XML cannot be read.
 * dotNetRef (optional) is told OnDiagramChanged() after edits and OnElementSelected(id | null).
 * options (optional): { candidateGroups: [{ id, name }] }, the groups a user task's candidate groups are picked from.
 */
export async function createModeler(canvasEl, propertiesEl, xml, dotNetRef, options) {
  const modeler = new Modeler({
    container: canvasEl,
    propertiesPanel: { parent: propertiesEl },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      TranslationsSv,
      candidateGroupsModule(options?.candidateGroups || []),
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
  const entry = { diagram: modeler, errorMarkers: [], highlightMarkers: [], dispose: () => {} };
  let warnings;
  try {
    ({ warnings } = await modeler.importXML(xml));
  } catch (error) {
    modeler.destroy();
    throw error;
  }
  modeler.get('canvas').zoom('fit-viewport');
  if (dotNetRef) {
    entry.dispose = notifyDotNet(modeler, dotNetRef);
  }
  return { ...register(entry), warnings: warningMessages(warnings) };
}

/** The diagram as formatted BPMN XML. */
export async function getXml(handle) {
  const { xml } = await resolve(handle).diagram.saveXML({ format: true });
  return xml;
}

/** Replaces the diagram; resolves to { warnings: [string] }, rejects if the XML cannot be read. */
export async function importXml(handle, xml) {
  const entry = resolve(handle);
  const { warnings } = await entry.diagram.importXML(xml);
  // The import cleared the canvas, and the markers and overlays with it. (A failed import keeps the old diagram.)
  entry.errorMarkers = [];
  entry.highlightMarkers = [];
  entry.diagram.get('canvas').zoom('fit-viewport');
  return { warnings: warningMessages(warnings) };
}

/**
 * Marks each element that has errors ([{ elementId, message }]) red, with a badge listing its messages.
 * Errors without an element, or for an element not in the diagram, are left to the caller's own list.
 */
export function showErrors(handle, errors) {
  const entry = resolve(handle);
  const { diagram } = entry;
  clearMarkers(diagram, entry.errorMarkers, ERROR_OVERLAY);
  const byElement = new Map();
  for (const { elementId, message } of errors || []) {
    if (elementId && diagram.get('elementRegistry').get(elementId)) {
      byElement.set(elementId, [...(byElement.get(elementId) || []), String(message ?? '')]);
    }
  }
  for (const [elementId, messages] of byElement) {
    addMarker(diagram, entry.errorMarkers, elementId, 'sv-error');
    const element = diagram.get('elementRegistry').get(elementId);
    addBadge(diagram, ERROR_OVERLAY, element, badge('sv-badge-error', messages, messages.join('\n')), 'below');
  }
}

/** Removes what showErrors added. */
export function clearErrors(handle) {
  const entry = resolve(handle);
  clearMarkers(entry.diagram, entry.errorMarkers, ERROR_OVERLAY);
}

/** Scrolls to the element, zooming in if the diagram is shown too small to read, and selects it. */
export function selectElement(handle, elementId) {
  const { diagram } = resolve(handle);
  const element = diagram.get('elementRegistry').get(elementId);
  if (!element) {
    return false;
  }
  const canvas = diagram.get('canvas');
  if (canvas.zoom() < 0.75) {
    canvas.zoom(1);
  }
  canvas.scrollToElement(element);
  diagram.get('selection').select(element);
  return true;
}

// Tells .NET about edits (debounced: a drag is many commands) and selection; returns the unsubscriber.
function notifyDotNet(modeler, dotNetRef) {
  const eventBus = modeler.get('eventBus');
  let timer;
  let selectedId;
  const call = (method, ...args) => {
    // The circuit may be gone (page left); there is nobody to tell then.
    dotNetRef.invokeMethodAsync(method, ...args).catch(() => {});
  };
  const onChanged = () => {
    clearTimeout(timer);
    timer = setTimeout(() => call('OnDiagramChanged'), CHANGE_DEBOUNCE_MS);
  };
  const onSelection = ({ newSelection }) => {
    const id = newSelection.length === 1 ? newSelection[0].id : null;
    if (id !== selectedId) {
      selectedId = id;
      call('OnElementSelected', id);
    }
  };
  eventBus.on('commandStack.changed', onChanged);
  eventBus.on('selection.changed', onSelection);
  return () => {
    clearTimeout(timer);
    eventBus.off('commandStack.changed', onChanged);
    eventBus.off('selection.changed', onSelection);
  };
}
