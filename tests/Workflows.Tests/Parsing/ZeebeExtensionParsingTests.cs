using Samverkan.Workflows.Model;
using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Tests.Execution;

namespace Samverkan.Workflows.Tests.Parsing;

/// <summary>Each Camunda 8 (zeebe:*) extension is read into the same model the Camunda 7 one gives.</summary>
public sealed class ZeebeExtensionParsingTests
{
    private readonly BpmnParser _parser = new();

    private T Node<T>(string body, string id, string declarations = "") where T : FlowNode
    {
        var result = _parser.Parse(ModelerFile.Camunda8("Process_1", body, declarations));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Message.Contains("zeebe", StringComparison.Ordinal));
        return Assert.IsType<T>(result.Document!.Processes[0].Node(id));
    }

    private IReadOnlyList<Samverkan.Workflows.Validation.BpmnDiagnostic> Errors(string body, string declarations = "") =>
        _parser.Parse(ModelerFile.Camunda8("Process_1", body, declarations)).Diagnostics.Where(d => d.IsError).ToList();

    [Theory]
    [InlineData("serviceTask", false)]
    [InlineData("sendTask", true)]
    public void Parse_TaskDefinition_ExternalTaskWithTopicRetriesAndHeaders(string kind, bool isSend)
    {
        var task = Node<ServiceTask>($"""
            <bpmn:{kind} id="Notify"><bpmn:extensionElements>
              <zeebe:taskDefinition type="notify-citizen" retries="5" />
              <zeebe:taskHeaders><zeebe:header key="channel" value="sms" /></zeebe:taskHeaders>
            </bpmn:extensionElements></bpmn:{kind}>
            """, "Notify");

        Assert.Equal(ServiceImplementation.External, task.Implementation);
        Assert.Equal("notify-citizen", task.Target);
        Assert.Equal(5, task.Retries);
        Assert.Equal(isSend, task.IsSend);
        Assert.Equal("sms", task.Headers["channel"]);
    }

    [Theory]
    [InlineData("""<zeebe:taskDefinition retries="3" />""", "a zeebe:taskDefinition has no type")]
    [InlineData("""<zeebe:taskDefinition type="x" retries="many" />""", "retries=\"many\" is not a whole number")]
    [InlineData("""<zeebe:taskDefinition type="=topicVariable" />""", "the type must be a literal")]
    public void Parse_BadTaskDefinition_ErrorOnTask(string definition, string message)
    {
        var errors = Errors($"""<bpmn:serviceTask id="Notify"><bpmn:extensionElements>{definition}</bpmn:extensionElements></bpmn:serviceTask>""");

        Assert.Contains(errors, d => d.ElementId == "Notify" && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UserTaskExtensions_AssignmentScheduleAndPriority()
    {
        var task = Node<UserTask>("""
            <bpmn:userTask id="Review"><bpmn:extensionElements>
              <zeebe:userTask />
              <zeebe:assignmentDefinition assignee="=owner" candidateGroups="handlaggare, chefer" candidateUsers="anna" />
              <zeebe:taskSchedule dueDate="2026-04-01T12:00:00Z" followUpDate="=remindAt" />
              <zeebe:priorityDefinition priority="75" />
              <zeebe:properties><zeebe:property name="completionRuleSet" value="ReviewDone" /></zeebe:properties>
            </bpmn:extensionElements></bpmn:userTask>
            """, "Review");

        Assert.Equal("${owner}", task.Assignee);
        Assert.Equal("handlaggare, chefer", task.CandidateGroups);
        Assert.Equal("anna", task.CandidateUsers);
        Assert.Equal("2026-04-01T12:00:00Z", task.DueDate);
        Assert.Equal("${remindAt}", task.FollowUpDate);
        Assert.Equal("75", task.Priority);
        Assert.Equal("ReviewDone", task.Properties[TaskProperties.CompletionRuleSet]);
    }

    [Fact]
    public void Parse_EmbeddedForm_ComponentsBecomeFormFields()
    {
        const string form = """
            {"components":[
              {"label":"Namn","type":"textfield","key":"name","validate":{"required":true,"maxLength":40}},
              {"label":"Antal","type":"number","key":"count","validate":{"min":1,"max":9}},
              {"label":"Godkänd","type":"checkbox","key":"approved"},
              {"label":"Beslut","type":"select","key":"decision","values":[{"label":"Ja","value":"yes"},{"label":"Nej","value":"no"}]},
              {"type":"text","text":"Läs noga"},
              {"type":"group","components":[{"label":"Motivering","type":"textarea","key":"reason"},{"label":"Datum","type":"datetime","key":"when"}]}
            ],"type":"default","id":"Form_1"}
            """;
        var result = _parser.Parse(ModelerFile.Camunda8("Process_1", $"""
            <bpmn:extensionElements><zeebe:userTaskForm id="userTaskForm_1">{System.Security.SecurityElement.Escape(form)}</zeebe:userTaskForm></bpmn:extensionElements>
            <bpmn:userTask id="Decide"><bpmn:extensionElements><zeebe:formDefinition formKey="camunda-forms:bpmn:userTaskForm_1" /></bpmn:extensionElements></bpmn:userTask>
            """));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var task = (UserTask)result.Document!.Processes[0].Node("Decide");
        Assert.Equal(["name", "count", "approved", "decision", "reason", "when"], task.FormFields.Select(f => f.Id));
        Assert.Equal(["string", "long", "boolean", "enum", "string", "date"], task.FormFields.Select(f => f.Type));
        Assert.True(task.FormFields[0].Required);
        Assert.Equal(40, task.FormFields[0].MaxLength);
        Assert.Equal((1L, 9L), (task.FormFields[1].Min!.Value, task.FormFields[1].Max!.Value));
        Assert.Equal([new FormFieldOption("yes", "Ja"), new FormFieldOption("no", "Nej")], task.FormFields[3].Options);
        Assert.Equal("Namn", task.FormFields[0].Label);
    }

    [Theory]
    [InlineData("""<zeebe:formDefinition formKey="camunda-forms:bpmn:missing" />""", "refers to form 'missing'")]
    [InlineData("""<zeebe:formDefinition />""", "a zeebe:formDefinition has no formKey")]
    public void Parse_BadFormDefinition_Error(string definition, string message)
    {
        var errors = Errors($"""<bpmn:userTask id="Decide"><bpmn:extensionElements>{definition}</bpmn:extensionElements></bpmn:userTask>""");

        Assert.Contains(errors, d => d.ElementId == "Decide" && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LinkedForm_FormIdBecomesFormKey()
    {
        var task = Node<UserTask>("""<bpmn:userTask id="Decide"><bpmn:extensionElements><zeebe:formDefinition formId="beslut-form" /></bpmn:extensionElements></bpmn:userTask>""", "Decide");

        Assert.Equal("beslut-form", task.FormKey);
    }

    [Fact]
    public void Parse_IoMapping_InputAndOutputParameters()
    {
        var task = Node<UserTask>("""
            <bpmn:userTask id="Review"><bpmn:extensionElements><zeebe:ioMapping>
              <zeebe:input source="=applicant.name" target="name" />
              <zeebe:input source="kommun" target="organisation" />
              <zeebe:output source="=decision" target="reviewDecision" />
            </zeebe:ioMapping></bpmn:extensionElements></bpmn:userTask>
            """, "Review");

        Assert.Equal([("name", "${applicant.name}"), ("organisation", "kommun")],
            task.InputParameters.Select(i => (i.Name, ((TextParameterValue)i.Value).Text)));
        var output = Assert.Single(task.OutputParameters);
        Assert.Equal(("reviewDecision", "${decision}"), (output.Name, ((TextParameterValue)output.Value).Text));
    }

    [Theory]
    [InlineData("""<zeebe:output source="=a" target="to.email" />""", "writes into a member of a variable")]
    [InlineData("""<zeebe:output source="=a" />""", "a zeebe:output has no target")]
    [InlineData("""<zeebe:input source="=a +" target="sum" />""", "zeebe:input source=\"=a +\": the FEEL expression cannot be translated: FEEL syntax error")]
    public void Parse_BadIoMapping_ErrorNamesTheAttribute(string mapping, string message)
    {
        var errors = Errors($"""<bpmn:task id="Work"><bpmn:extensionElements><zeebe:ioMapping>{mapping}</zeebe:ioMapping></bpmn:extensionElements></bpmn:task>""");

        Assert.Contains(errors, d => d.ElementId == "Work" && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CamundaOutputParameter_TextListAndMap()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""
            <bpmn:task id="Work"><bpmn:extensionElements><camunda:inputOutput>
              <camunda:outputParameter name="total">${price * count}</camunda:outputParameter>
              <camunda:outputParameter name="tags"><camunda:list><camunda:value>a</camunda:value></camunda:list></camunda:outputParameter>
              <camunda:outputParameter name="info"><camunda:map><camunda:entry key="k">v</camunda:entry></camunda:map></camunda:outputParameter>
            </camunda:inputOutput></bpmn:extensionElements></bpmn:task>
            """));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var task = (Activity)result.Document!.Processes[0].Node("Work");
        Assert.Equal(["total", "tags", "info"], task.OutputParameters.Select(o => o.Name));
        Assert.IsType<ListParameterValue>(task.OutputParameters[1].Value);
        Assert.IsType<MapParameterValue>(task.OutputParameters[2].Value);
    }

    [Theory]
    [InlineData("", true, false)]
    [InlineData("""propagateAllChildVariables="false" """, true, true)]
    [InlineData("""propagateAllParentVariables="false" """, false, false)]
    public void Parse_CalledElement_PropagationAsMappings(string attributes, bool allIn, bool outLocal)
    {
        var call = Node<CallActivity>($"""
            <bpmn:callActivity id="Call"><bpmn:extensionElements>
              <zeebe:calledElement processId="child-process" {attributes}/>
              <zeebe:ioMapping><zeebe:input source="=caseId" target="id" /></zeebe:ioMapping>
            </bpmn:extensionElements></bpmn:callActivity>
            """, "Call");

        Assert.Equal("child-process", call.CalledElement);
        Assert.Equal(allIn, Assert.Single(call.In).All);
        if (!allIn)
        {
            Assert.Equal(("id", "id"), (call.In[0].Source, call.In[0].Target));
        }
        var output = Assert.Single(call.Out);
        Assert.True(output.All);
        Assert.Equal(outLocal, output.Local);
    }

    [Fact]
    public void Parse_CalledDecision_DecisionRefAndResultVariable()
    {
        var task = Node<BusinessRuleTask>("""
            <bpmn:businessRuleTask id="Decide"><bpmn:extensionElements>
              <zeebe:calledDecision decisionId="Eligibility" resultVariable="eligibility" />
            </bpmn:extensionElements></bpmn:businessRuleTask>
            """, "Decide");

        Assert.Equal(("Eligibility", "eligibility"), (task.DecisionRef, task.ResultVariable));
    }

    [Fact]
    public void Parse_LoopCharacteristics_CollectionsAndElements()
    {
        var task = Node<ServiceTask>("""
            <bpmn:serviceTask id="Each">
              <bpmn:extensionElements><zeebe:taskDefinition type="check" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics isSequential="true">
                <bpmn:extensionElements>
                  <zeebe:loopCharacteristics inputCollection="=documents" inputElement="document" outputCollection="results" outputElement="=result" />
                </bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
            </bpmn:serviceTask>
            """, "Each");

        var loop = task.MultiInstance!;
        Assert.True(loop.IsSequential);
        Assert.Equal(("${documents}", "document"), (loop.Collection, loop.ElementVariable));
        Assert.Equal(("results", "${result}"), (loop.OutputCollection, loop.OutputElement));
    }

    [Fact]
    public void Parse_LoopOutputCollectionWithoutElement_Error()
    {
        var errors = Errors("""
            <bpmn:task id="Each"><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements>
              <zeebe:loopCharacteristics inputCollection="=items" outputCollection="results" />
            </bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:task>
            """);

        Assert.Contains(errors, d => d.ElementId == "Each" && d.Message.Contains("outputCollection but no outputElement", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Subscription_CorrelationKeyOnCatchEventAndReceiveTask()
    {
        const string message = """
            <bpmn:message id="Message_1" name="svar"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements></bpmn:message>
            """;
        var result = _parser.Parse(ModelerFile.Camunda8("Process_1", """
            <bpmn:intermediateCatchEvent id="Wait"><bpmn:messageEventDefinition messageRef="Message_1" /></bpmn:intermediateCatchEvent>
            <bpmn:receiveTask id="Receive" messageRef="Message_1" />
            """, message));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var process = result.Document!.Processes[0];
        Assert.Equal(new MessageTrigger("svar", "${caseId}"), ((IntermediateCatchEvent)process.Node("Wait")).Trigger);
        Assert.Equal("${caseId}", ((ReceiveTask)process.Node("Receive")).CorrelationKey);
    }

    [Theory]
    [InlineData("endEvent")]
    [InlineData("intermediateThrowEvent")]
    public void Parse_MessageThrowEvent_JobFromTaskDefinition(string kind)
    {
        var result = _parser.Parse(ModelerFile.Camunda8("Process_1", $"""
            <bpmn:{kind} id="Send"><bpmn:extensionElements><zeebe:taskDefinition type="send-letter" retries="2" /></bpmn:extensionElements>
              <bpmn:messageEventDefinition messageRef="Message_1" /></bpmn:{kind}>
            """, """<bpmn:message id="Message_1" name="brev" />"""));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var node = result.Document!.Processes[0].Node("Send");
        var job = node is EndEvent end ? end.Job : ((IntermediateThrowEvent)node).Job;
        Assert.Equal(new JobDefinition { Implementation = ServiceImplementation.External, Target = "send-letter", Retries = 2 }, job);
    }

    [Fact]
    public void Parse_MessageEndEventWithCamundaDelegate_HandlerJob()
    {
        var result = _parser.Parse(BpmnXml.Definitions("""
            <bpmn:endEvent id="Send" camunda:delegateExpression="${letters}"><bpmn:messageEventDefinition /></bpmn:endEvent>
            """));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(new JobDefinition { Implementation = ServiceImplementation.Handler, Target = "letters" }, ((EndEvent)result.Document!.Processes[0].Node("Send")).Job);
    }

    [Theory]
    [InlineData("""<zeebe:script expression="=1" resultVariable="x" />""", true, "zeebe:script is not executed")]
    [InlineData("""<zeebe:taskDefinition type="x" />""", false, "zeebe:taskDefinition is ignored")]
    public void Parse_UnreadZeebeExtension_Reported(string extension, bool isError, string message)
    {
        var result = _parser.Parse(ModelerFile.Camunda8("Process_1", $"""<bpmn:userTask id="Work"><bpmn:extensionElements>{extension}</bpmn:extensionElements></bpmn:userTask>"""));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(("Work", isError), (diagnostic.ElementId, diagnostic.IsError));
    }
}
