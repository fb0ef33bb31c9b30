using Ecomuna.Core.Examples;

namespace Ecomuna.UnitTests.Examples;

public sealed class GoodExampleTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Workflow_SubmitReturnSubmitPublishUnpublish_RecordsEveryStepAndKeepsTheFirstPublicationDate()
    {
        var example = new GoodExample();
        example.Created(Now, "u1", "Anna");

        Assert.True(example.Submit(Now.AddDays(1), "u1", "Anna"));
        Assert.False(example.IsEditableByAuthor);
        Assert.True(example.Return(Now.AddDays(2), "a1", "Kansliet", "Mer om resultaten."));
        Assert.True(example.IsEditableByAuthor);
        Assert.True(example.Submit(Now.AddDays(3), "u1", "Anna"));
        Assert.True(example.Publish(Now.AddDays(4), "a1", "Kansliet"));
        Assert.True(example.Unpublish(Now.AddDays(5), "a1", "Kansliet", null));
        Assert.True(example.Submit(Now.AddDays(6), "u1", "Anna"));
        Assert.True(example.Publish(Now.AddDays(7), "a1", "Kansliet"));

        Assert.Equal(Now.AddDays(4), example.PublishedAtUtc);
        Assert.Equal(8, example.History.Count);
        Assert.Equal("Mer om resultaten.", example.History[2].Comment);
        Assert.False(example.IsDeletableByAuthor);
    }

    [Fact]
    public void Return_WithoutAComment_OrOfADraft_IsRefused()
    {
        var example = new GoodExample();
        example.Created(Now, "u1", "Anna");
        Assert.False(example.Return(Now, "a1", "Kansliet", "Kommentar"));
        example.Submit(Now, "u1", "Anna");

        Assert.False(example.Return(Now, "a1", "Kansliet", " "));
        Assert.Equal(ExampleStatus.Submitted, example.Status);
    }

    [Fact]
    public void Publish_ADraft_IsRefused()
    {
        var example = new GoodExample();

        Assert.False(example.Publish(Now, "a1", "Kansliet"));
        Assert.Null(example.PublishedAtUtc);
    }

    [Fact]
    public void SetGoals_KeepsOnlyGoalsOneToSeventeenOnce()
    {
        var example = new GoodExample();

        example.SetGoals([0, 3, 3, 17, 18, -1]);

        Assert.Equal([3, 17], example.GoalNumbers);
    }
}
