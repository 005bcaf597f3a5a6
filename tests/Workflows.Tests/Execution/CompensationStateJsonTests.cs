using Samverkan.Workflows.Execution;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>What compensation remembers lives in the instance state: optional fields, so older stored states still read.</summary>
public sealed class CompensationStateJsonTests
{
    [Fact]
    public void Deserialize_StateWrittenBeforeCompensation_ReadsWithNothingRemembered()
    {
        const string old = """{"NextId":3,"Elements":[{"Id":1,"ElementId":"p","IsScope":true},{"Id":2,"ParentId":1,"ElementId":"t","State":1}]}""";

        var state = InstanceState.Deserialize(old);

        Assert.All(state.Elements, e => Assert.Null(e.Compensable));
        Assert.All(state.Elements, e => Assert.Null(e.CompensationQueue));
        Assert.False(state.Find(2)!.RestoredForCompensation);
    }

    [Fact]
    public void Serialize_NothingRemembered_WritesNoCompensationFields()
    {
        var state = new InstanceState();
        state.Add("p", null, ElementState.Active, isScope: true);

        var json = state.Serialize();

        Assert.DoesNotContain("Compensa", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RoundTrip_KeepsRememberedActivitiesInOrderWithVariablesAndInnerEntries()
    {
        var state = new InstanceState();
        var root = state.Add("p", null, ElementState.Active, isScope: true);
        root.Compensable =
        [
            new CompensationEntry { ElementId = "hotell" },
            new CompensationEntry
            {
                ElementId = "resa",
                Variables = new Dictionary<string, object?> { ["resenar"] = "Anna", ["n"] = 2L },
                Inner = [new CompensationEntry { ElementId = "flyg" }],
            },
        ];
        var thrower = state.Add("kasta", root.Id, ElementState.Active, isScope: true);
        thrower.CompensationQueue = [new CompensationEntry { ElementId = "hotell" }];
        thrower.RestoredForCompensation = true;

        var back = InstanceState.Deserialize(state.Serialize());

        var remembered = back.Root.Compensable!;
        Assert.Equal(["hotell", "resa"], remembered.Select(e => e.ElementId));
        Assert.Equal(2L, remembered[1].Variables!["n"]);
        Assert.Equal("Anna", remembered[1].Variables!["resenar"]);
        Assert.Equal("flyg", Assert.Single(remembered[1].Inner!).ElementId);
        var backThrower = back.Find(thrower.Id)!;
        Assert.Equal("hotell", Assert.Single(backThrower.CompensationQueue!).ElementId);
        Assert.True(backThrower.RestoredForCompensation);
    }
}
