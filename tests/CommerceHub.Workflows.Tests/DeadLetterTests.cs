using CommerceHub.Testing;
using CommerceHub.Workflows.Instances;
using CommerceHub.Workflows.Runtime;
using CommerceHub.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommerceHub.Workflows.Tests;

[Collection(InlineCollection.Name)]
public sealed class DeadLetterTests(RedisServer redis) : InlineTest(redis)
{
    protected override void Configure(WorkflowOptions options) => options.ParkedStimulusLifetime = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task Sweep_UnmatchedStimulusPastItsLifetime_GoesToTheDeadLetters()
    {
        var parked = await Runtime.DeliverAsync(new Stimulus("receipt", "receipt:UNKNOWN", new Receipt("120"), Id: "r-unknown"));

        Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, (await Runtime.SweepAsync()).DeadLettered);
        Assert.Empty(await Runtime.ListDeadLettersAsync());
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await Runtime.SweepAsync()).DeadLettered);

        var letter = Assert.Single(await Runtime.ListDeadLettersAsync());
        Assert.Equal((parked.ParkedId!.Value, "receipt", "receipt:UNKNOWN", "r-unknown"), (letter.Id, letter.Stimulus, letter.CorrelationKey, letter.StimulusId));
        Assert.Contains("120", letter.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadLetter_IsNotDeliveredToAWaitThatBeginsLater_UntilReplayed()
    {
        await Runtime.DeliverAsync(new Stimulus("receipt", "receipt:LATE", new Receipt("120")));
        Clock.Advance(TimeSpan.FromHours(1));
        await Runtime.SweepAsync();
        var letter = Assert.Single(await Runtime.ListDeadLettersAsync());

        var id = await Runtime.StartAsync("consignment", new { copNo = "LATE" });
        Assert.Equal(WorkflowStatus.Suspended, (await Runtime.GetAsync(id)).Status);

        var replay = await Runtime.ReplayDeadLetterAsync(letter.Id);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Resumed, id), replay);
        Assert.Equal("released", (await Runtime.GetAsync(id)).SubStatus);
        Assert.Empty(await Runtime.ListDeadLettersAsync());
        Assert.Equal(0, await Node.QueryAsync(db => db.Set<ParkedStimulus>().CountAsync()));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => Runtime.ReplayDeadLetterAsync(letter.Id));
    }

    [Fact]
    public async Task Replay_WithNothingWaiting_ParksAgainWithAFreshLifetime()
    {
        await Runtime.DeliverAsync(new Stimulus("scan", "NOBODY"));
        Clock.Advance(TimeSpan.FromHours(1));
        await Runtime.SweepAsync();
        var letter = Assert.Single(await Runtime.ListDeadLettersAsync());

        var replay = await Runtime.ReplayDeadLetterAsync(letter.Id);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Parked, ParkedId: letter.Id), replay);
        Assert.Empty(await Runtime.ListDeadLettersAsync());
        Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, (await Runtime.SweepAsync()).DeadLettered);
    }

    [Fact]
    public async Task ListDeadLetters_BadPaging_IsRefused() =>
        await Assert.ThrowsAsync<WorkflowValidationException>(() => Runtime.ListDeadLettersAsync(0, 0));
}
