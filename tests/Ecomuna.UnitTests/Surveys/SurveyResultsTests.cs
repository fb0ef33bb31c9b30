using Ecomuna.Core.Surveys;

namespace Ecomuna.UnitTests.Surveys;

public sealed class SurveyResultsTests
{
    [Fact]
    public void For_SingleChoice_CountsAndSharesOfThoseWhoAnswered()
    {
        var question = new SurveyQuestion { Kind = QuestionKind.SingleChoice, OptionsSv = "Ja\nNej\nVet inte", OptionsEn = "Yes\nNo\nDon't know" };

        var result = QuestionResult.For(question, [("A", "0"), ("B", "0"), ("C", "2"), ("D", "")], "en");

        Assert.Equal(3, result.Answered);
        Assert.Equal([new OptionCount("Yes", 2, 66.7m), new OptionCount("No", 0, 0m), new OptionCount("Don't know", 1, 33.3m)], result.Options);
    }

    [Fact]
    public void For_Numbers_CountMeanAndMedian()
    {
        var question = new SurveyQuestion { Kind = QuestionKind.Number };

        var result = QuestionResult.For(question, [("A", "1"), ("B", "2.5"), ("C", "10"), ("D", "4")], "sv");

        Assert.Equal(new NumberSummary(4, 4.38m, 3.25m, 1m, 10m), result.Numbers);
    }

    [Fact]
    public void For_Scale_HasBothTheCountPerStepAndTheMean()
    {
        var result = QuestionResult.For(new SurveyQuestion { Kind = QuestionKind.Scale }, [("A", "5"), ("B", "4"), ("C", "5")], "sv");

        Assert.Equal([0, 0, 0, 1, 2], result.Options.Select(o => o.Count));
        Assert.Equal(4.67m, result.Numbers!.Mean);
        Assert.Equal(5m, result.Numbers.Median);
    }

    [Fact]
    public void Copy_KeepsQuestionKeysAndMovesTheYearOn()
    {
        var survey = new Survey { TitleSv = "Medlemsenkäten 2030", OpensOn = new DateOnly(2030, 3, 1), ClosesOn = new DateOnly(2030, 4, 30), MembershipYear = 2030, ReminderDays = "7" };
        survey.Questions.Add(new SurveyQuestion { Position = 1, Kind = QuestionKind.FreeText, TextSv = "Vad?" });

        var copy = survey.Copy("Medlemsenkäten 2031", "Membership survey 2031", new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(survey.Questions[0].Key, copy.Questions.Single().Key);
        Assert.Equal((new DateOnly(2031, 3, 1), new DateOnly(2031, 4, 30), (int?)2031, "7"), (copy.OpensOn, copy.ClosesOn, copy.MembershipYear, copy.ReminderDays));
    }
}
