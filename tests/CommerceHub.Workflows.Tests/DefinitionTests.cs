using System.Text.Json;
using CommerceHub.Workflows.Definitions;
using CommerceHub.Workflows.Tests.Support;

namespace CommerceHub.Workflows.Tests;

public sealed class DefinitionTests
{
    [Fact]
    public void ToJson_Route_ListsStepsWithActivitiesInputsOutputsAndTransitions()
    {
        using var json = JsonDocument.Parse(Routes.Consignment.ToJson());
        var root = json.RootElement;
        Assert.Equal("consignment", root.GetProperty("name").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("reserve-stock", root.GetProperty("start").GetString());
        var steps = root.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(["reserve-stock", "declare", "notify", "receipt", "released", "rejected"], steps.Keys);
        var receipt = steps["receipt"];
        Assert.Equal("AwaitReceipt", receipt.GetProperty("activity").GetString());
        Assert.Equal(["copNo"], receipt.GetProperty("inputs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["returnStatus"], receipt.GetProperty("outputs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("released", receipt.GetProperty("transitions").GetProperty("accepted").GetString());
        Assert.Equal("rejected", receipt.GetProperty("transitions").GetProperty("rejected").GetString());
        Assert.True(steps["declare"].GetProperty("compensable").GetBoolean());
        Assert.False(steps["notify"].TryGetProperty("compensable", out _));
        Assert.True(steps["rejected"].GetProperty("compensate").GetBoolean());
        Assert.Equal("end", steps["rejected"].GetProperty("kind").GetString());
    }

    [Fact]
    public void ToJson_WaitStep_ShowsStimulusKeyAndTimeout()
    {
        using var json = JsonDocument.Parse(Routes.Escalation.ToJson());
        var wait = json.RootElement.GetProperty("steps")[0];
        Assert.Equal("wait", wait.GetProperty("kind").GetString());
        Assert.Equal("release", wait.GetProperty("stimulus").GetString());
        Assert.Equal("{copNo}", wait.GetProperty("key").GetString());
        Assert.Equal("00:00:01", wait.GetProperty("timeout").GetString());
    }

    [Fact]
    public void ToMermaid_Route_DrawsEveryTransitionFromTheStart()
    {
        var mermaid = Routes.Consignment.ToMermaid();
        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.Contains("state \"reserve-stock\" as s0", mermaid, StringComparison.Ordinal);
        Assert.Contains("state \"rejected (undoes done steps)\" as s5", mermaid, StringComparison.Ordinal);
        Assert.Contains("[*] --> s0", mermaid, StringComparison.Ordinal);
        Assert.Contains("s0 --> s1 : done", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3 --> s4 : accepted", mermaid, StringComparison.Ordinal);
        Assert.Contains("s3 --> s5 : rejected", mermaid, StringComparison.Ordinal);
        Assert.Contains("s4 --> [*]", mermaid, StringComparison.Ordinal);
        Assert.Equal(5, mermaid.Split('\n').Count(l => l.Contains(" : ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("unknown-target")]
    [InlineData("unreachable")]
    [InlineData("no-end")]
    [InlineData("no-way-out")]
    public void Build_BrokenRoute_Throws(string problem)
    {
        var builder = WorkflowDefinition.Create("broken", 1).Step<Touch>("a");
        var route = problem switch
        {
            "unknown-target" => builder.Then("nowhere").End("end"),
            "unreachable" => builder.Then("end").Step<Touch>("orphan").Then("end").End("end"),
            "no-end" => builder.Then("b").Step<Touch>("b").Then("a"),
            _ => builder.End("end"),
        };

        var error = Assert.Throws<WorkflowDefinitionException>(route.Build);
        Assert.Contains("broken v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_DuplicateStepOrOutcome_Throws()
    {
        Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinition.Create("dup", 1).Step<Touch>("a").Step<Touch>("a"));
        Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinition.Create("dup", 1).Step<Touch>("a").Then("b").Then("c"));
        Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinition.Create("dup", 1).End("e").Then("a"));
        Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinition.Create("bad name", 1));
        Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinition.Create("v0", 0));
    }

    [Fact]
    public void Registry_SameVersionTwice_Throws()
    {
        Assert.Throws<WorkflowDefinitionException>(() => new WorkflowRegistry([Routes.ParcelV1, Routes.ParcelV1]));
        var registry = new WorkflowRegistry([Routes.ParcelV2, Routes.ParcelV1]);
        Assert.Equal(2, registry.Latest("parcel")!.Version);
        Assert.Equal(1, registry.Find("parcel", 1)!.Version);
    }
}
