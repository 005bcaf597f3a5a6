namespace Samverkan.Workflows.Tests.Execution;

/// <summary>The processes of the compensation scenarios, as Camunda Modeler 5 saves them for Camunda 7.</summary>
internal static class CompensationProcesses
{
    /// <summary>Hotel and flight booked in parallel (external tasks), then the card charged; a declined card undoes the bookings.</summary>
    public static readonly string Booking = ModelerFile.Camunda7("resebokning", """
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Dela" />
            <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_Dela" targetRef="Activity_BokaHotell" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Gateway_Dela" targetRef="Activity_BokaFlyg" />
            <bpmn:serviceTask id="Activity_BokaHotell" name="Boka hotell" camunda:type="external" camunda:topic="boka-hotell"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:serviceTask>
            <bpmn:serviceTask id="Activity_BokaFlyg" name="Boka flyg" camunda:type="external" camunda:topic="boka-flyg"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing></bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_BokaHotell" targetRef="Gateway_Samla" />
            <bpmn:sequenceFlow id="Flow_5" sourceRef="Activity_BokaFlyg" targetRef="Gateway_Samla" />
            <bpmn:parallelGateway id="Gateway_Samla"><bpmn:incoming>Flow_4</bpmn:incoming><bpmn:incoming>Flow_5</bpmn:incoming><bpmn:outgoing>Flow_6</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_6" sourceRef="Gateway_Samla" targetRef="Activity_Debitera" />
            <bpmn:serviceTask id="Activity_Debitera" name="Debitera kort" camunda:type="external" camunda:topic="debitera"><bpmn:incoming>Flow_6</bpmn:incoming><bpmn:outgoing>Flow_7</bpmn:outgoing></bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_7" sourceRef="Activity_Debitera" targetRef="Event_Klar" />
            <bpmn:endEvent id="Event_Klar" name="Bokad"><bpmn:incoming>Flow_7</bpmn:incoming></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_KortNekat" name="Kortet nekat" attachedToRef="Activity_Debitera"><bpmn:outgoing>Flow_8</bpmn:outgoing><bpmn:errorEventDefinition id="ErrorEventDefinition_1" errorRef="Error_KortNekat" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="Flow_8" sourceRef="Event_KortNekat" targetRef="Event_Kompensera" />
            <bpmn:endEvent id="Event_Kompensera" name="Boka av allt"><bpmn:incoming>Flow_8</bpmn:incoming><bpmn:compensateEventDefinition id="CompensateEventDefinition_1" /></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_KompHotell" attachedToRef="Activity_BokaHotell"><bpmn:compensateEventDefinition id="CompensateEventDefinition_2" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="Event_KompFlyg" attachedToRef="Activity_BokaFlyg"><bpmn:compensateEventDefinition id="CompensateEventDefinition_3" /></bpmn:boundaryEvent>
            <bpmn:userTask id="Activity_AvbokaHotell" name="Avboka hotell" isForCompensation="true" />
            <bpmn:serviceTask id="Activity_AvbokaFlyg" name="Avboka flyg" isForCompensation="true" camunda:type="external" camunda:topic="avboka-flyg" />
            <bpmn:association id="Association_1" associationDirection="One" sourceRef="Event_KompHotell" targetRef="Activity_AvbokaHotell" />
            <bpmn:association id="Association_2" associationDirection="One" sourceRef="Event_KompFlyg" targetRef="Activity_AvbokaFlyg" />
        """, """  <bpmn:error id="Error_KortNekat" name="Kortet nekades" errorCode="KORT_NEKAT" />""");

    /// <summary>Hotel, then flight (user tasks with user task handlers), then a compensation throw, then a new hotel is booked.</summary>
    public static string Sequential(string? activityRef, bool throwTwice = false) => ModelerFile.Camunda7("resa", $$"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_BokaHotell" />
            <bpmn:userTask id="Activity_BokaHotell" name="Boka hotell"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_BokaHotell" targetRef="Activity_BokaFlyg" />
            <bpmn:userTask id="Activity_BokaFlyg" name="Boka flyg"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_BokaFlyg" targetRef="Event_Kompensera" />
            <bpmn:intermediateThrowEvent id="Event_Kompensera" name="Ångra"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing><bpmn:compensateEventDefinition id="CompensateEventDefinition_1"{{(activityRef is null ? "" : $" activityRef=\"{activityRef}\"")}} /></bpmn:intermediateThrowEvent>
            {{(throwTwice
                ? """
                  <bpmn:sequenceFlow id="Flow_4" sourceRef="Event_Kompensera" targetRef="Event_IgenKompensera" />
                  <bpmn:intermediateThrowEvent id="Event_IgenKompensera" name="Ångra igen"><bpmn:incoming>Flow_4</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing><bpmn:compensateEventDefinition id="CompensateEventDefinition_4" /></bpmn:intermediateThrowEvent>
                  <bpmn:sequenceFlow id="Flow_5" sourceRef="Event_IgenKompensera" targetRef="Activity_NyttHotell" />
                  """
                : """<bpmn:sequenceFlow id="Flow_4" sourceRef="Event_Kompensera" targetRef="Activity_NyttHotell" />""")}}
            <bpmn:userTask id="Activity_NyttHotell" name="Boka nytt hotell"><bpmn:incoming>{{(throwTwice ? "Flow_5" : "Flow_4")}}</bpmn:incoming><bpmn:outgoing>Flow_6</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_6" sourceRef="Activity_NyttHotell" targetRef="Event_Klar" />
            <bpmn:endEvent id="Event_Klar"><bpmn:incoming>Flow_6</bpmn:incoming></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_KompHotell" attachedToRef="Activity_BokaHotell"><bpmn:compensateEventDefinition id="CompensateEventDefinition_2" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="Event_KompFlyg" attachedToRef="Activity_BokaFlyg"><bpmn:compensateEventDefinition id="CompensateEventDefinition_3" /></bpmn:boundaryEvent>
            <bpmn:userTask id="Activity_AvbokaHotell" name="Avboka hotell" isForCompensation="true" />
            <bpmn:userTask id="Activity_AvbokaFlyg" name="Avboka flyg" isForCompensation="true" />
            <bpmn:association id="Association_1" associationDirection="One" sourceRef="Event_KompHotell" targetRef="Activity_AvbokaHotell" />
            <bpmn:association id="Association_2" associationDirection="One" sourceRef="Event_KompFlyg" targetRef="Activity_AvbokaFlyg" />
        """);

    /// <summary>
    /// A parallel multi-instance user task (one journey per item of <c>resor</c>, assigned to the journey's name) beside a
    /// "cancel" task whose completion throws compensation for the whole process.
    /// </summary>
    public static readonly string MultiInstance = ModelerFile.Camunda7("resor", """
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Dela" />
            <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_Dela" targetRef="Activity_BokaResa" />
            <bpmn:userTask id="Activity_BokaResa" name="Boka resa" camunda:assignee="${resa}">
              <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing>
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="resor" camunda:elementVariable="resa" />
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_BokaResa" targetRef="Event_Bokat" />
            <bpmn:endEvent id="Event_Bokat"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Gateway_Dela" targetRef="Activity_StallIn" />
            <bpmn:userTask id="Activity_StallIn" name="Ställ in resorna?"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_5" sourceRef="Activity_StallIn" targetRef="Event_Kompensera" />
            <bpmn:endEvent id="Event_Kompensera" name="Boka av"><bpmn:incoming>Flow_5</bpmn:incoming><bpmn:compensateEventDefinition id="CompensateEventDefinition_1" /></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_KompResa" attachedToRef="Activity_BokaResa"><bpmn:compensateEventDefinition id="CompensateEventDefinition_2" /></bpmn:boundaryEvent>
            <bpmn:userTask id="Activity_AvbokaResa" name="Avboka resa" isForCompensation="true" camunda:assignee="${resa}" />
            <bpmn:association id="Association_1" associationDirection="One" sourceRef="Event_KompResa" targetRef="Activity_AvbokaResa" />
        """);

    /// <summary>
    /// A journey subprocess (hotel, then flight, each with a handler; the traveller as a local variable) followed by a review
    /// that ends in a compensation end event; optionally with a compensation event subprocess that tells the traveller first.
    /// </summary>
    public static string Journey(bool withEventSubprocess) => ModelerFile.Camunda7("resa", $$"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Resa" />
            <bpmn:subProcess id="Activity_Resa" name="Resa">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="resenar">Anna</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:startEvent id="Event_ResaStart"><bpmn:outgoing>Flow_11</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_11" sourceRef="Event_ResaStart" targetRef="Activity_BokaHotell" />
              <bpmn:userTask id="Activity_BokaHotell" name="Boka hotell"><bpmn:incoming>Flow_11</bpmn:incoming><bpmn:outgoing>Flow_12</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_12" sourceRef="Activity_BokaHotell" targetRef="Activity_BokaFlyg" />
              <bpmn:userTask id="Activity_BokaFlyg" name="Boka flyg"><bpmn:incoming>Flow_12</bpmn:incoming><bpmn:outgoing>Flow_13</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_13" sourceRef="Activity_BokaFlyg" targetRef="Event_ResaKlar" />
              <bpmn:endEvent id="Event_ResaKlar"><bpmn:incoming>Flow_13</bpmn:incoming></bpmn:endEvent>
              <bpmn:boundaryEvent id="Event_KompHotell" attachedToRef="Activity_BokaHotell"><bpmn:compensateEventDefinition id="CompensateEventDefinition_2" /></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="Event_KompFlyg" attachedToRef="Activity_BokaFlyg"><bpmn:compensateEventDefinition id="CompensateEventDefinition_3" /></bpmn:boundaryEvent>
              <bpmn:userTask id="Activity_AvbokaHotell" name="Avboka hotell" isForCompensation="true" camunda:assignee="${resenar}" />
              <bpmn:userTask id="Activity_AvbokaFlyg" name="Avboka flyg" isForCompensation="true" camunda:assignee="${resenar}" />
              <bpmn:association id="Association_1" associationDirection="One" sourceRef="Event_KompHotell" targetRef="Activity_AvbokaHotell" />
              <bpmn:association id="Association_2" associationDirection="One" sourceRef="Event_KompFlyg" targetRef="Activity_AvbokaFlyg" />
              {{(withEventSubprocess ? EventSubprocess : "")}}
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Resa" targetRef="Activity_Granska" />
            <bpmn:userTask id="Activity_Granska" name="Granska resan"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Granska" targetRef="Event_Kompensera" />
            <bpmn:endEvent id="Event_Kompensera" name="Ångra resan"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:compensateEventDefinition id="CompensateEventDefinition_1" /></bpmn:endEvent>
        """);

    private const string EventSubprocess = """
              <bpmn:subProcess id="Activity_Kompensation" name="Kompensera resan" triggeredByEvent="true">
                <bpmn:startEvent id="Event_KompStart" isInterrupting="false"><bpmn:outgoing>Flow_21</bpmn:outgoing><bpmn:compensateEventDefinition id="CompensateEventDefinition_5" /></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_21" sourceRef="Event_KompStart" targetRef="Activity_Meddela" />
                <bpmn:userTask id="Activity_Meddela" name="Meddela resenären" camunda:assignee="${resenar}"><bpmn:incoming>Flow_21</bpmn:incoming><bpmn:outgoing>Flow_22</bpmn:outgoing></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_22" sourceRef="Activity_Meddela" targetRef="Event_KompInre" />
                <bpmn:intermediateThrowEvent id="Event_KompInre" name="Boka av"><bpmn:incoming>Flow_22</bpmn:incoming><bpmn:outgoing>Flow_23</bpmn:outgoing><bpmn:compensateEventDefinition id="CompensateEventDefinition_6" /></bpmn:intermediateThrowEvent>
                <bpmn:sequenceFlow id="Flow_23" sourceRef="Event_KompInre" targetRef="Event_KompSlut" />
                <bpmn:endEvent id="Event_KompSlut"><bpmn:incoming>Flow_23</bpmn:incoming></bpmn:endEvent>
              </bpmn:subProcess>
        """;
}
