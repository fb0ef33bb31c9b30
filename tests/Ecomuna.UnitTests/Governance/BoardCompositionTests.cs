using Ecomuna.Core.Governance;
using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Governance;

public sealed class BoardCompositionTests
{
    private static List<BoardSeat> FullBoard() =>
    [
        .. Enum.GetValues<PartOfCountry>().SelectMany(part => new[]
        {
            Politician($"{part} 1", Seat.Member, part),
            Politician($"{part} 2", Seat.Member, part),
            Politician($"{part} 3", Seat.Member, part),
            Politician($"{part} 4", Seat.Alternate, part),
        }),
    ];

    private static BoardSeat Politician(string name, Seat seat, PartOfCountry part) =>
        new(name, seat, part, ContactRole.Politician, MemberIsActive: true, ContactIsCurrent: true);

    [Fact]
    public void Check_NineMembersAndThreeAlternatesSpreadOverTheCountry_HasNoWarnings() =>
        Assert.Empty(BoardComposition.Check(FullBoard()));

    [Fact]
    public void Check_NorrlandWithoutAlternate_WarnsForNorrlandOnly()
    {
        var board = FullBoard();
        board.RemoveAll(s => s.Part == PartOfCountry.Norrland && s.Seat == Seat.Alternate);

        var warning = Assert.Single(BoardComposition.Check(board));
        Assert.Equal(new BoardWarning(BoardProblem.WrongNumberFromPart, Seat.Alternate, PartOfCountry.Norrland, 1, 0), warning);
    }

    [Fact]
    public void Check_FourMembersFromGotaland_WarnsAboutTheCount()
    {
        var board = FullBoard();
        board.Add(Politician("Extra", Seat.Member, PartOfCountry.Gotaland));

        var warning = Assert.Single(BoardComposition.Check(board));
        Assert.Equal((3, 4), (warning.Expected, warning.Actual));
    }

    [Theory]
    [InlineData(ContactRole.CivilServant, true, true)]
    [InlineData(ContactRole.Politician, false, true)]
    [InlineData(ContactRole.Politician, true, false)]
    public void Check_SeatHolderWhoIsNotACurrentContactPoliticianOfAnActiveMember_IsNamed(ContactRole role, bool memberIsActive, bool contactIsCurrent)
    {
        var board = FullBoard();
        board[0] = board[0] with { Name = "Eva Ek", Role = role, MemberIsActive = memberIsActive, ContactIsCurrent = contactIsCurrent };

        var warning = Assert.Single(BoardComposition.Check(board));
        Assert.Equal(BoardProblem.NotAContactPolitician, warning.Problem);
        Assert.Equal("Eva Ek", warning.Name);
    }
}
