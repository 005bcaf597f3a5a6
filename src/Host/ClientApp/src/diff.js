import { BpmnModdle } from 'bpmn-moddle';
import { diff as bpmnDiff } from 'bpmn-js-differ';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

// bpmn-js-differ reports attributes set directly on a flow element (name, camunda:assignee, ...) and elements
// added or removed, but not changes nested below one: a timer's duration, a condition's expression, form
// fields, input/output, properties in extensionElements. So each element found in both versions is also
// compared property by property, down through everything it contains, and the two results are merged.

// Semantic elements the comparison reports on, by id.
const TRACKED = [
  'bpmn:FlowElement', 'bpmn:Process', 'bpmn:Collaboration', 'bpmn:Participant', 'bpmn:Lane', 'bpmn:MessageFlow',
  'bpmn:Artifact', 'bpmn:Message', 'bpmn:Signal', 'bpmn:Error', 'bpmn:Escalation',
];

// Containers of other tracked elements: walked to find them, and left out of their parent's own comparison
// (a task added to a process is an added task, not a changed process).
const CHILD_COLLECTIONS = [
  'rootElements', 'flowElements', 'artifacts', 'laneSets', 'lanes', 'childLaneSet', 'participants', 'messageFlows',
];

/**
 * The semantic difference between two BPMN documents: resolves to { added, removed: [{ id, name, type }],
 * changed: [{ id, name, type, attrs: [{ name, oldValue, newValue }] }], layoutChanged: [id] }.
 * Attribute names are property paths, e.g. "camunda:assignee" or
 * "eventDefinitions[bpmn:TimerEventDefinition].timeDuration.body"; values are strings or null.
 */
export async function diff(oldXml, newXml) {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const { rootElement: before } = await moddle.fromXML(oldXml, 'bpmn:Definitions');
  const { rootElement: after } = await moddle.fromXML(newXml, 'bpmn:Definitions');
  const changes = bpmnDiff(before, after);

  const oldElements = collect(before);
  const newElements = collect(after);
  const added = new Map(Object.entries(changes._added));
  const removed = new Map(Object.entries(changes._removed));
  for (const [id, element] of newElements) {
    if (!oldElements.has(id) && !added.has(id)) {
      added.set(id, element);
    }
  }
  for (const [id, element] of oldElements) {
    if (!newElements.has(id) && !removed.has(id)) {
      removed.set(id, element);
    }
  }

  const changed = new Map();
  const attrsOf = (id, element) => {
    if (!changed.has(id)) {
      changed.set(id, { ...summary(id, element), attrs: new Map() });
    }
    return changed.get(id).attrs;
  };
  for (const [id, { model, attrs }] of Object.entries(changes._changed)) {
    for (const [name, { oldValue, newValue }] of Object.entries(attrs)) {
      // Object values (a whole extensionElements, a removed event definition) and a participant's view of
      // its process are covered, more precisely, by the comparison below.
      if (isPlain(oldValue) && isPlain(newValue) && !name.startsWith('processRef.')) {
        const shown = displayName(model.$descriptor.propertiesByName?.[name], name);
        attrsOf(id, newElements.get(id) || model).set(shown, { name: shown, oldValue: plain(oldValue), newValue: plain(newValue) });
      }
    }
  }
  for (const [id, newElement] of newElements) {
    const oldElement = oldElements.get(id);
    if (!oldElement || added.has(id) || removed.has(id)) {
      continue;
    }
    const oldFlat = flatten(oldElement);
    const newFlat = flatten(newElement);
    for (const name of new Set([...Object.keys(oldFlat), ...Object.keys(newFlat)])) {
      const oldValue = oldFlat[name] ?? null;
      const newValue = newFlat[name] ?? null;
      if (oldValue !== newValue) {
        attrsOf(id, newElement).set(name, { name, oldValue, newValue });
      }
    }
  }

  return {
    added: [...added].map(([id, element]) => summary(id, element)),
    removed: [...removed].map(([id, element]) => summary(id, element)),
    changed: [...changed.values()].map((c) => ({ ...c, attrs: [...c.attrs.values()] })),
    layoutChanged: Object.keys(changes._layoutChanged).filter((id) => id !== 'undefined'),
  };
}

function summary(id, element) {
  return { id, name: element?.name ?? null, type: element?.$type ?? null };
}

function isTracked(element) {
  return TRACKED.some((type) => element.$instanceOf(type));
}

function collect(definitions) {
  const elements = new Map();
  const visit = (element) => {
    if (!element?.$instanceOf) {
      return;
    }
    if (element.id && isTracked(element)) {
      elements.set(element.id, element);
    }
    for (const key of CHILD_COLLECTIONS) {
      const value = element[key];
      (Array.isArray(value) ? value : [value]).forEach(visit);
    }
  };
  visit(definitions);
  return elements;
}

// Every value an element holds, as { 'path.to.value': 'string' }, following what it contains (not what it
// refers to: a reference becomes the referenced id).
function flatten(element, path = '', out = {}, top = true) {
  if (element.$descriptor.isGeneric) {
    // An extension element of a namespace moddle does not know: its attributes and children as parsed.
    for (const [key, value] of Object.entries(element)) {
      if (key !== '$type') {
        flattenValue(value, join(path, key), out);
      }
    }
    return out;
  }
  for (const property of element.$descriptor.properties) {
    const { name, isVirtual, isMany, isReference } = property;
    if (isVirtual || (isMany && isReference) || (top && (name === 'id' || CHILD_COLLECTIONS.includes(name)))) {
      continue;
    }
    const value = element[name];
    const at = join(path, displayName(property, name));
    if (isReference) {
      if (value !== undefined) {
        out[at] = value?.id ?? null;
      }
      continue;
    }
    flattenValue(value, at, out);
  }
  for (const [name, value] of Object.entries(element.$attrs || {})) {
    if (!name.startsWith('xmlns')) {
      out[join(path, '@' + name)] = String(value);
    }
  }
  return out;
}

function flattenValue(value, path, out) {
  if (value === undefined || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    const labels = itemLabels(value);
    value.forEach((item, i) => flattenValue(item, `${path}[${labels[i]}]`, out));
  } else if (value.$instanceOf || value.$type) {
    flatten(value, path, out, false);
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      flattenValue(inner, join(path, key), out);
    }
  } else {
    out[path] = String(value);
  }
}

// Items are named by id, else name, else type, so that inserting one does not make all that follow look
// changed; the index is added only where that is not unique.
function itemLabels(items) {
  const labels = items.map((item, i) => (item && typeof item === 'object'
    ? item.id ?? (typeof item.name === 'string' ? item.name : undefined) ?? item.$type ?? String(i)
    : String(i)));
  const counts = labels.reduce((m, l) => m.set(l, (m.get(l) || 0) + 1), new Map());
  return labels.map((label, i) => (counts.get(label) > 1 ? `${label}#${i}` : label));
}

// Extension attributes keep their prefix (camunda:assignee), BPMN's own are bare (name, sourceRef).
function displayName(property, name) {
  return property?.ns && property.ns.prefix !== 'bpmn' ? property.ns.name : name;
}

function join(path, name) {
  return path ? `${path}.${name}` : name;
}

function isPlain(value) {
  return value === null || value === undefined || typeof value !== 'object';
}

function plain(value) {
  if (value === null || value === undefined) {
    return null;
  }
  return String(value).replace(/^#ref:/, '');
}
