using Samverkan.Workflows.Execution;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class StateJsonTests
{
    [Fact]
    public void Serialize_RoundTrip_KeepsVariableTypes()
    {
        var state = new InstanceState();
        var root = state.Add("p", null, ElementState.Active, isScope: true);
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        root.Variables = new Dictionary<string, object?>
        {
            ["n"] = 5L, ["d"] = 2.5, ["s"] = "x", ["b"] = true, ["at"] = at, ["nil"] = null,
            ["list"] = new List<object?> { 1L, "a" }, ["obj"] = new Dictionary<string, object?> { ["k"] = 1L },
        };

        var back = InstanceState.Deserialize(state.Serialize()).Root.Variables!;

        Assert.IsType<long>(back["n"]);
        Assert.IsType<double>(back["d"]);
        Assert.Equal(at, back["at"]);
        Assert.Null(back["nil"]);
        Assert.Equal([1L, "a"], Assert.IsType<List<object?>>(back["list"]));
        Assert.Equal(1L, Assert.IsType<Dictionary<string, object?>>(back["obj"])["k"]);
    }
}
