namespace Samverkan.Host.Tests.Notifications;

/// <summary>Small processes that exercise the notification hooks: start, one activity, end.</summary>
internal static class TestProcesses
{
    /// <summary>One user task for the group <c>kommun-soc</c>; its name carries a person's name on purpose.</summary>
    public static readonly string GroupTask = Process("groupTask",
        """<bpmn:userTask id="step" name="Bedöm behov för Tolvan" camunda:candidateGroups="kommun-soc" />""");

    /// <summary>A task for sip-samordnare, a group of the demo handläggare (and of nobody in the configured directory).</summary>
    public static readonly string SipTask = Process("sipTask",
        """<bpmn:userTask id="step" name="Bedöm behov av SIP" camunda:candidateGroups="sip-samordnare" />""");

    /// <summary>Calls <c>${notify}</c> with the variables the instance was started with.</summary>
    public static readonly string Notifies = Process("notifies",
        """<bpmn:serviceTask id="step" name="Meddela" camunda:delegateExpression="${notify}" />""");

    /// <summary>Calls <c>${sendMeetingInvitation}</c> with the <c>meeting</c> and <c>participants</c> it was started with.</summary>
    public static readonly string Invites = Process("invites",
        """<bpmn:serviceTask id="step" name="Kalla till SIP-möte" camunda:delegateExpression="${sendMeetingInvitation}" />""");

    private static string Process(string id, string step) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="{id}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="step" />
            {step}
            <bpmn:sequenceFlow id="f2" sourceRef="step" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
