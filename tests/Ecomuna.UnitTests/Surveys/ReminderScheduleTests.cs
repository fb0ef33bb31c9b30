using Ecomuna.Core.Surveys;

namespace Ecomuna.UnitTests.Surveys;

public sealed class ReminderScheduleTests
{
    private static readonly Survey Survey = new() { OpensOn = new DateOnly(2031, 3, 1), ClosesOn = new DateOnly(2031, 3, 31), ReminderDays = "14, 7, 2" };

    [Theory]
    [InlineData("14, 7, 2", new[] { 14, 7, 2 })]
    [InlineData("2 7;14,7", new[] { 14, 7, 2 })]
    [InlineData("", new int[0])]
    public void Parse_DaysInAnyOrder_AreLargestFirstAndOnce(string text, int[] days) => Assert.Equal(days, ReminderSchedule.Parse(text));

    [Theory]
    [InlineData("14, sju")]
    [InlineData("-2")]
    [InlineData("400")]
    public void Parse_NotWholeDays_IsNull(string text) => Assert.Null(ReminderSchedule.Parse(text));

    [Theory]
    [InlineData(16, null)]
    [InlineData(17, 0)]
    [InlineData(23, 0)]
    [InlineData(24, 1)]
    [InlineData(29, 2)]
    [InlineData(31, 2)]
    public void DueStep_IsTheLatestStepWhoseDayHasCome(int day, int? step) =>
        Assert.Equal(step, ReminderSchedule.DueStep(Survey, new DateOnly(2031, 3, day))?.Index);

    [Fact]
    public void DueStep_AfterTheCloseOrBeforeTheOpening_IsNone()
    {
        Assert.Null(ReminderSchedule.DueStep(Survey, new DateOnly(2031, 4, 1)));
        var lateOpening = new Survey { OpensOn = new DateOnly(2031, 3, 25), ClosesOn = new DateOnly(2031, 3, 31), ReminderDays = "14" };
        Assert.Null(ReminderSchedule.DueStep(lateOpening, new DateOnly(2031, 3, 20)));
    }
}
