using Samverkan.Host.Components.Inbox;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;

namespace Samverkan.Web.Tests.Inbox;

public sealed class TaskFormModelTests
{
    private static readonly FormField Reason = new() { Id = "refusalReason", Label = "Skäl", Required = true, MinLength = 5, MaxLength = 20 };
    private static readonly FormField Count = new() { Id = "participants", Label = "Antal", Type = "long", Min = 1, Max = 10 };
    private static readonly FormField Consent = new() { Id = "consentGiven", Label = "Samtycke", Type = "boolean", Required = true };
    private static readonly FormField Meeting = new() { Id = "meetingStart", Label = "Mötestid", Type = "date", Required = true };
    private static readonly FormField RaisedBy = new()
    {
        Id = "raisedBy", Label = "Anmäld av", Type = "enum", Required = true,
        Options = [new FormFieldOption("skola", "Skola"), new FormFieldOption("socialtjanst", "Socialtjänst")],
    };

    [Fact]
    public void Validate_EmptyRequiredFields_SaysSoInSwedishPerField()
    {
        var form = new TaskFormModel([Reason, Consent, Meeting, RaisedBy, Count]);

        var valid = form.Validate();

        Assert.False(valid);
        Assert.Equal(["Fyll i det här fältet.", "Välj ett alternativ.", "Fyll i det här fältet.", "Välj ett alternativ.", null],
            form.Fields.Select(f => f.Error));
    }

    [Theory]
    [InlineData("kort", "Skriv minst 5 tecken.")]
    [InlineData("alldeles för lång text här", "Skriv högst 20 tecken (nu 26).")]
    [InlineData("lagom lång", null)]
    public void Validate_TextLength_FollowsTheFieldsConstraints(string text, string? expected)
    {
        var form = new TaskFormModel([Reason]);
        form.Fields[0].Text = text;

        form.Validate();

        Assert.Equal(expected, form.Fields[0].Error);
    }

    [Theory]
    [InlineData("tre", "Ange ett heltal.")]
    [InlineData("0", "Värdet måste vara minst 1.")]
    [InlineData("11", "Värdet får vara högst 10.")]
    [InlineData("4", null)]
    public void Validate_WholeNumber_TypeAndRange(string text, string? expected)
    {
        var form = new TaskFormModel([Count]);
        form.Fields[0].Text = text;

        form.Validate();

        Assert.Equal(expected, form.Fields[0].Error);
    }

    [Fact]
    public void ToVariables_TypesTheValues_AndLeavesOutEmptyOptionalFields()
    {
        var form = new TaskFormModel([Reason, Count, Consent, Meeting, RaisedBy]);
        form.Fields[0].Text = "  inga insatser  ";
        form.Fields[2].Flag = false;
        form.Fields[3].Date = new DateTime(2026, 3, 9);
        form.Fields[3].Time = new TimeSpan(13, 30, 0);
        form.Fields[4].Text = "skola";

        Assert.True(form.Validate());
        var variables = form.ToVariables();

        Assert.Equal("inga insatser", variables["refusalReason"]);
        Assert.False(variables.ContainsKey("participants"));
        Assert.Equal(false, variables["consentGiven"]);
        // 13:30 in Stockholm in March is winter time, UTC+1.
        Assert.Equal("2026-03-09T13:30:00+01:00", variables["meetingStart"]);
        Assert.Equal("skola", variables["raisedBy"]);
    }

    [Fact]
    public void ToVariables_DateWithoutTime_IsTheDateAlone()
    {
        var form = new TaskFormModel([Meeting]);
        form.Fields[0].Date = new DateTime(2026, 7, 1);

        Assert.Equal("2026-07-01", form.ToVariables()["meetingStart"]);
    }

    [Fact]
    public void Defaults_FillTheInputs_AndAnEmptyDefaultMakesAFieldOptional()
    {
        var withDefault = new FormField { Id = "continuePlan", Type = "boolean", DefaultValue = "true", Required = true };
        var emptyDefault = new FormField { Id = "utskrivningsklarAt", Type = "date", DefaultValue = "", Required = true };

        var form = new TaskFormModel([withDefault, emptyDefault]);

        Assert.True(form.Fields[0].Flag);
        Assert.True(form.Validate());
    }

    [Fact]
    public void ShowRefusal_EnginesFieldErrorsInSwedish_RuleSetReasonsAboveTheForm()
    {
        var form = new TaskFormModel([Reason, RaisedBy]);
        form.Fields[1].Text = "skola";

        form.ShowRefusal([
            new FieldError("refusalReason", "'Skäl' is required."),
            new FieldError("PlanHasInterventions", "Planen måste ange vilka insatser som ges."),
            new FieldError("raisedBy", "'Anmäld av' must be one of: skola, socialtjanst."),
        ]);

        Assert.Equal("Fyll i det här fältet.", form.Fields[0].Error);
        Assert.Equal("Värdet godtogs inte. Kontrollera fältet.", form.Fields[1].Error);
        Assert.Equal(["Planen måste ange vilka insatser som ges."], form.FormErrors);
        Assert.True(form.HasErrors);
    }
}
