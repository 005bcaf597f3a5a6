using Samverkan.Host.Components.Shared;

namespace Samverkan.Web.Tests.Shared;

public sealed class VariableMaskTests
{
    [Theory]
    [InlineData("namn")]
    [InlineData("klientNamn")]
    [InlineData("firstName")]
    [InlineData("personnummer")]
    [InlineData("PNR")]
    [InlineData("telefon")]
    [InlineData("adress")]
    [InlineData("homeAddress")]
    [InlineData("epost")]
    [InlineData("contactEmail")]
    [InlineData("dateOfBirth")]
    [InlineData("mainDiagnosis")]
    public void Display_PersonalName_IsMaskedWhateverTheValue(string name)
    {
        Assert.Equal(VariableMask.Masked, VariableMask.Display(name, "vad som helst"));
        Assert.Equal(VariableMask.Masked, VariableMask.Display(name, null));
    }

    [Theory]
    [InlineData("19121212-1212")]
    [InlineData("191212121212")]
    [InlineData("121212-1212")]
    [InlineData("121212+1212")]
    [InlineData("Ärende för 19121212-1212 i kommun-a")]
    public void Display_PersonnummerLikeValue_IsMasked(string value)
    {
        Assert.Equal(VariableMask.Masked, VariableMask.Display("anteckning", value));
    }

    [Fact]
    public void Display_PersonnummerAsNumber_IsMasked()
    {
        Assert.Equal(VariableMask.Masked, VariableMask.Display("ref", 191212121212L));
    }

    [Fact]
    public void Display_PersonalDataNestedInAnObjectOrList_MasksTheWholeVariable()
    {
        var withKey = new Dictionary<string, object?> { ["kontakt"] = new Dictionary<string, object?> { ["telefon"] = "070-123 45 67" } };
        var withValue = new List<object?> { "ok", "19121212-1212" };

        Assert.Equal(VariableMask.Masked, VariableMask.Display("part", withKey));
        Assert.Equal(VariableMask.Masked, VariableMask.Display("deltagare", withValue));
    }

    [Theory]
    [InlineData("caseId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("category", "fall", "fall")]
    [InlineData("orderNumber", 123456789012L, "123456789012")]
    [InlineData("approved", true, "ja")]
    [InlineData("comment", null, "(tomt)")]
    public void Display_OrdinaryVariable_IsShown(string name, object? value, string expected)
    {
        Assert.Equal(expected, VariableMask.Display(name, value));
        Assert.False(VariableMask.IsPersonal(name, value));
    }

    [Fact]
    public void Display_ObjectWithoutPersonalData_IsShownAsJson()
    {
        var routing = new Dictionary<string, object?> { ["group"] = "ledningsniva", ["days"] = 14L };

        Assert.Equal("{\"group\":\"ledningsniva\",\"days\":14}", VariableMask.Display("routing", routing));
    }

    [Fact]
    public void Display_Instant_IsStockholmTime()
    {
        Assert.Equal("2025-06-16 09:30", VariableMask.Display("dueAt", new DateTimeOffset(2025, 6, 16, 7, 30, 0, TimeSpan.Zero)));
    }
}
