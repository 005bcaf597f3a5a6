namespace Samverkan.Workflows.Tests;

/// <summary>Builds small BPMN files around a process body, and reads the test files copied to the output.</summary>
internal static class BpmnXml
{
    public static string Definitions(string processBody, string declarations = "", string processAttributes = "") => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="Process_1" isExecutable="true" {{processAttributes}}>
        {{processBody}}
          </bpmn:process>
        {{declarations}}
        </bpmn:definitions>
        """;

    public static string File(string name) =>
        System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bpmn", name));
}
