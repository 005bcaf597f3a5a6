using Samverkan.Host.Components.Designer;

namespace Samverkan.Web.Tests.Designer;

public sealed class NewProcessDraftTests
{
    [Fact]
    public async Task CreateAsync_ValidForm_MakesTheTemplatesXmlWithKeyAndName_WithoutDeploying()
    {
        var engine = DesignerEngine.Create();
        var form = new NewProcessForm { Template = ProcessTemplates.TaskWithReminder.Id, Key = " ny-rutin ", Name = "Ny rutin" };

        var (draft, errors) = await NewProcessDraft.CreateAsync(engine, form);

        Assert.Empty(errors);
        Assert.Equal("ny-rutin", draft!.Key);
        Assert.Equal(ProcessTemplates.TaskWithReminder.Create("ny-rutin", "Ny rutin"), draft.Xml);
        Assert.Empty(await engine.Queries.ListDefinitionsAsync());
    }

    [Fact]
    public async Task CreateAsync_KeyAlreadyDeployed_IsRefused()
    {
        var engine = DesignerEngine.Create();
        await engine.DeployAsync(ProcessTemplates.Empty.Create("finns", "Finns"));

        var (draft, errors) = await NewProcessDraft.CreateAsync(engine, new NewProcessForm { Key = "finns", Name = "Igen" });

        Assert.Null(draft);
        Assert.Contains("finns redan", errors[nameof(NewProcessForm.Key)]);
    }

    [Fact]
    public async Task CreateAsync_BadKeyNoNameUnknownTemplate_ReportsEachField()
    {
        var (draft, errors) = await NewProcessDraft.CreateAsync(DesignerEngine.Create(),
            new NewProcessForm { Template = "okand", Key = "min process", Name = " " });

        Assert.Null(draft);
        Assert.Contains("får bara innehålla", errors[nameof(NewProcessForm.Key)]);
        Assert.Equal("Ange ett namn.", errors[nameof(NewProcessForm.Name)]);
        Assert.Equal("Välj en mall.", errors[nameof(NewProcessForm.Template)]);
    }
}
