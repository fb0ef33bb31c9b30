using Ecomuna.Core.Members;

namespace Ecomuna.Core.Governance;

/// <summary>One current board seat as the composition rule needs to see it.</summary>
public sealed record BoardSeat(string Name, Seat Seat, PartOfCountry? Part, ContactRole Role, bool MemberIsActive, bool ContactIsCurrent);

public enum BoardProblem
{
    /// <summary>Not three members and one alternate from this part of the country.</summary>
    WrongNumberFromPart = 1,

    /// <summary>The seat holder is not a current contact politician of an active member.</summary>
    NotAContactPolitician = 2,
}

public sealed record BoardWarning(BoardProblem Problem, Seat? Seat = null, PartOfCountry? Part = null, int Expected = 0, int Actual = 0, string? Name = null);

/// <summary>
/// The board's composition rule: nine members and three alternates, three members and one alternate from each of
/// Götaland, Svealand and Norrland, all contact politicians of members.
/// </summary>
public static class BoardComposition
{
    public const int MembersPerPart = 3;
    public const int AlternatesPerPart = 1;

    public static IReadOnlyList<BoardWarning> Check(IReadOnlyCollection<BoardSeat> seats)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var warnings = new List<BoardWarning>();
        foreach (var part in Enum.GetValues<PartOfCountry>())
        {
            foreach (var (seat, expected) in new[] { (Seat.Member, MembersPerPart), (Seat.Alternate, AlternatesPerPart) })
            {
                var actual = seats.Count(s => s.Part == part && s.Seat == seat);
                if (actual != expected)
                {
                    warnings.Add(new BoardWarning(BoardProblem.WrongNumberFromPart, seat, part, expected, actual));
                }
            }
        }

        warnings.AddRange(seats
            .Where(s => !s.MemberIsActive || !s.ContactIsCurrent || s.Role is not (ContactRole.Politician or ContactRole.AlternatePolitician) || s.Part is null)
            .Select(s => new BoardWarning(BoardProblem.NotAContactPolitician, s.Seat, s.Part, Name: s.Name)));
        return warnings;
    }
}
