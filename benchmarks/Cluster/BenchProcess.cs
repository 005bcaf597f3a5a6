namespace Samverkan.Cluster.Benchmarks;

/// <summary>The process every client runs: start → a task for handläggare → a two-second timer → end.</summary>
internal static class BenchProcess
{
    public const string Key = "bench";
    public const string FileName = "bench.bpmn";

    /// <summary>The timer's element id, whose lateness is measured.</summary>
    public const string TimerId = "pause";

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-bench" targetNamespace="http://samverkan.se/bench">
          <bpmn:process id="bench" name="Benchmark" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="do" />
            <bpmn:userTask id="do" name="Gör" camunda:candidateGroups="handlaggare" />
            <bpmn:sequenceFlow id="f2" sourceRef="do" targetRef="pause" />
            <bpmn:intermediateCatchEvent id="pause"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="pause" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A workflows folder under <paramref name="root"/> holding only this process.</summary>
    public static string WriteWorkflows(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "workflows")).FullName;
        File.WriteAllText(Path.Combine(folder, FileName), Xml);
        Directory.CreateDirectory(Path.Combine(root, "rules"));
        return folder;
    }
}
