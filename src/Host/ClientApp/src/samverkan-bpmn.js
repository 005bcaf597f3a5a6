// The browser side of Samverkan's BPMN pages, loaded by the Blazor UI through JS interop. The API and how
// it is built are described in ../README.md.

export { createModeler, getXml, importXml, showErrors, clearErrors, selectElement } from './modeler.js';
export { createViewer, updateHighlights, onElementClick } from './viewer.js';
export { diff } from './diff.js';
export { release as destroy } from './handles.js';
