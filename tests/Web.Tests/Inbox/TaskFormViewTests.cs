using Bunit;
using Samverkan.Host.Components.Inbox;
using Samverkan.Web.Tests.Infrastructure;
using Samverkan.Workflows.Model;

namespace Samverkan.Web.Tests.Inbox;

public sealed class TaskFormViewTests : WebComponentTest, IAsyncLifetime
{
    // MudBlazor's input services only dispose asynchronously; xunit disposes the context this way first.
    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static readonly IReadOnlyList<FormField> Fields =
    [
        new() { Id = "refusalReason", Label = "Skäl till att SIP inte upprättas", Required = true, MinLength = 5 },
        new() { Id = "needsRegion", Label = "Behöver insatser från regionen", Type = "boolean", Required = true },
        new() { Id = "raisedBy", Label = "Behovet anmäldes av", Type = "enum", Required = true, Options = [new("skola", "Skola")] },
    ];

    [Fact]
    public void Render_EveryFieldWithItsLabel_RequiredMarked()
    {
        var view = Render<TaskFormView>(p => p.Add(c => c.Model, new TaskFormModel(Fields)));

        Assert.Contains("Skäl till att SIP inte upprättas *", view.Markup);
        Assert.Contains("Behöver insatser från regionen *", view.Markup);
        Assert.Contains("Behovet anmäldes av *", view.Markup);
        Assert.Equal(2, view.FindAll("input[type=radio]").Count);
    }

    [Fact]
    public void Render_AfterValidate_ShowsEachSwedishMessageBesideItsField()
    {
        var model = new TaskFormModel(Fields);
        model.Validate();

        var view = Render<TaskFormView>(p => p.Add(c => c.Model, model));

        Assert.Contains("Fyll i det här fältet.", view.Find("[data-testid=field-refusalReason]").TextContent);
        Assert.Contains("Välj ett alternativ.", view.Find("[data-testid=field-needsRegion]").TextContent);
        Assert.Contains("Välj ett alternativ.", view.Find("[data-testid=field-raisedBy]").TextContent);
    }

    [Fact]
    public void Render_RuleSetRefusal_IsShownAboveTheForm()
    {
        var model = new TaskFormModel(Fields);
        model.ShowRefusal([new Samverkan.Workflows.Abstractions.FieldError("SipPlanComplete", "Planen saknar uppföljningsdatum.")]);

        var view = Render<TaskFormView>(p => p.Add(c => c.Model, model));

        Assert.Contains("Planen saknar uppföljningsdatum.", view.Find("[data-testid=form-errors]").TextContent);
    }
}
