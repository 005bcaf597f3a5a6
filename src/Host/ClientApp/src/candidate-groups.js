import { SelectEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

// After the Camunda 7 provider (priority 500): its user assignment group must exist to be added to.
const PRIORITY = 400;
const ASSIGNMENT_GROUP = 'CamundaPlatform__UserAssignment';
const PICKER_ID = 'candidateGroupPicker';

/**
 * Adds "Välj kandidatgrupp" under "Kandidatgrupper" of a user task: a list of the groups of the organisations file
 * ([{ id, name }], given to createModeler). Picking one adds it to camunda:candidateGroups (comma-separated, each
 * once); an expression there (${…}) is replaced by it. The text field stays, for expressions and groups not in the list.
 */
export function candidateGroupsModule(groups) {
  class CandidateGroupPickerProvider {
    constructor(propertiesPanel) {
      propertiesPanel.registerProvider(PRIORITY, this);
    }

    getGroups(element) {
      return (panelGroups) => {
        const assignment = panelGroups.find((g) => g.id === ASSIGNMENT_GROUP);
        if (!assignment || !is(element, 'camunda:Assignable') || groups.length === 0) {
          return panelGroups;
        }
        const at = assignment.entries.findIndex((e) => e.id === 'candidateGroups');
        assignment.entries.splice(at + 1, 0, { id: PICKER_ID, component: CandidateGroupPicker, groups, isEdited: () => false });
        return panelGroups;
      };
    }
  }
  CandidateGroupPickerProvider.$inject = ['propertiesPanel'];
  return { __init__: ['candidateGroupPickerProvider'], candidateGroupPickerProvider: ['type', CandidateGroupPickerProvider] };
}

/** camunda:candidateGroups with `group` added: alone if it was empty or an expression, else at the end unless already there. */
export function withCandidateGroup(current, group) {
  const text = (current || '').trim();
  if (text === '' || text.includes('${') || text.includes('#{')) {
    return group;
  }
  const list = text.split(',').map((g) => g.trim()).filter((g) => g !== '');
  return list.includes(group) ? list.join(',') : [...list, group].join(',');
}

function CandidateGroupPicker(props) {
  const { element, groups } = props;
  const commandStack = useService('commandStack');
  const businessObject = getBusinessObject(element);
  const setValue = (value) => {
    if (!value) {
      return;
    }
    commandStack.execute('element.updateModdleProperties', {
      element,
      moddleElement: businessObject,
      properties: { 'camunda:candidateGroups': withCandidateGroup(businessObject.get('camunda:candidateGroups'), value) },
    });
    // The list is a picker, not a value: back to "– välj en grupp –" (its value stays '', so the panel does not redraw it).
    const select = document.getElementById(`bio-properties-panel-${PICKER_ID}`);
    if (select) {
      select.value = '';
    }
  };
  return SelectEntry({
    element,
    id: PICKER_ID,
    label: 'Välj kandidatgrupp',
    description: 'Lägger till gruppen bland kandidatgrupperna. Ett uttryck skrivs i fältet ovanför.',
    getValue: () => '',
    setValue,
    getOptions: () => [
      { value: '', label: '– välj en grupp –' },
      ...groups.map((g) => ({ value: g.id, label: `${g.name} (${g.id})` })),
    ],
  });
}
