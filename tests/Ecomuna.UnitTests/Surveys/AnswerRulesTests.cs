using Ecomuna.Core.Surveys;

namespace Ecomuna.UnitTests.Surveys;

public sealed class AnswerRulesTests
{
    private static SurveyQuestion Question(QuestionKind kind, bool required = true) => new()
    {
        Kind = kind,
        IsRequired = required,
        TextSv = "Fråga",
        OptionsSv = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice ? "A\nB\nC" : "",
        OptionsEn = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice ? "A\nB\nC" : "",
    };

    [Theory]
    [InlineData(QuestionKind.SingleChoice)]
    [InlineData(QuestionKind.MultipleChoice)]
    [InlineData(QuestionKind.Scale)]
    [InlineData(QuestionKind.Number)]
    [InlineData(QuestionKind.FreeText)]
    public void Check_RequiredLeftEmpty_IsAProblemOnSubmitButNotInADraft(QuestionKind kind)
    {
        Assert.Equal(("", AnswerProblem.Required), AnswerRules.Check(Question(kind), ["  "], isDraft: false));
        Assert.Equal(("", (AnswerProblem?)null), AnswerRules.Check(Question(kind), [], isDraft: true));
        Assert.Equal(("", (AnswerProblem?)null), AnswerRules.Check(Question(kind, required: false), [], isDraft: false));
    }

    [Fact]
    public void Check_MultipleChoice_StoresTheOptionsSortedOnce() =>
        Assert.Equal(("0,2", (AnswerProblem?)null), AnswerRules.Check(Question(QuestionKind.MultipleChoice), ["2", "0", "2"], isDraft: false));

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("x")]
    public void Check_ChoiceThatIsNotAnOption_IsUnknown(string sent) =>
        Assert.Equal(AnswerProblem.UnknownOption, AnswerRules.Check(Question(QuestionKind.SingleChoice), [sent], isDraft: true).Problem);

    [Theory]
    [InlineData("1", "1")]
    [InlineData("5", "5")]
    [InlineData("0", null)]
    [InlineData("6", null)]
    public void Check_Scale_TakesOneToFive(string sent, string? stored)
    {
        var (value, problem) = AnswerRules.Check(Question(QuestionKind.Scale), [sent], isDraft: false);
        Assert.Equal(stored ?? "", value);
        Assert.Equal(stored is null ? AnswerProblem.NotOnScale : null, problem);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("3,5", "3.5")]
    [InlineData("3.5", "3.5")]
    [InlineData("1 200", "1200")]
    [InlineData("-4", "-4")]
    [InlineData("−4", "-4")]
    public void Check_Number_AcceptsHowPeopleWriteNumbers(string sent, string stored) =>
        Assert.Equal((stored, (AnswerProblem?)null), AnswerRules.Check(Question(QuestionKind.Number), [sent], isDraft: false));

    [Theory]
    [InlineData("tolv")]
    [InlineData("1,2,3")]
    [InlineData("1e5")]
    public void Check_NotANumber_IsAProblemEvenInADraft(string sent) =>
        Assert.Equal(AnswerProblem.NotANumber, AnswerRules.Check(Question(QuestionKind.Number), [sent], isDraft: true).Problem);

    [Fact]
    public void Check_FreeTextTooLong_IsAProblem() =>
        Assert.Equal(AnswerProblem.TooLong, AnswerRules.Check(Question(QuestionKind.FreeText), [new string('a', AnswerRules.MaxTextLength + 1)], isDraft: true).Problem);

    [Fact]
    public void Display_Choices_AreTheOptionsInTheLanguage()
    {
        var question = Question(QuestionKind.MultipleChoice);
        question.OptionsEn = "Apple\nPear\nPlum";
        Assert.Equal("Apple; Plum", AnswerRules.Display(question, "0,2", "en"));
        Assert.Equal("A; C", AnswerRules.Display(question, "0,2", "sv"));
    }
}
