using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Members;

public sealed class MemberChangeRequestTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private const string Admin = "admin@example.se";

    private static (Member Member, ContactPerson Politician, ContactPerson CivilServant, ContactPerson NewPolitician) Sotenas(MembershipStatus status = MembershipStatus.Active)
    {
        var member = new Member { Id = 3, Name = "Sotenäs", Status = status, MemberSince = new DateOnly(2001, 1, 1) };
        var politician = new ContactPerson { Id = 10, MemberId = 3, FirstName = "Anna", LastName = "Berg", Role = ContactRole.Politician };
        var civilServant = new ContactPerson { Id = 11, MemberId = 3, FirstName = "Erik", LastName = "Holm", Role = ContactRole.CivilServant };
        var newPolitician = new ContactPerson { Id = 12, MemberId = 3, FirstName = "Lars", LastName = "Ek", Role = ContactRole.Politician };
        member.Contacts.AddRange([politician, civilServant, newPolitician]);
        member.SetDelegate(politician, true, Today);
        member.SetDelegate(civilServant, true, Today);
        return (member, politician, civilServant, newPolitician);
    }

    private static MemberChangeRequest Delegate(ContactPerson contact, bool makeDelegate) =>
        new() { MemberId = 3, Kind = ChangeRequestKind.Delegate, ContactPersonId = contact.Id, MakeDelegate = makeDelegate };

    [Fact]
    public void Approve_Population_AddsTheYearAndRecordsTheDecision()
    {
        var (member, _, _, _) = Sotenas();
        var request = new MemberChangeRequest
        {
            MemberId = 3, Kind = ChangeRequestKind.Population, PopulationYear = 2025, Population = 9100, PopulationSource = "SCB",
        };

        Assert.Null(request.Approve(member, Admin, Now, Today));

        Assert.Equal(9100, member.PopulationFor(2025));
        Assert.Equal("SCB", member.Populations.Single().Source);
        Assert.Equal((ChangeRequestStatus.Approved, Admin, Now), (request.Status, request.DecidedBy, request.DecidedAt!.Value));
    }

    [Fact]
    public void Approve_PopulationForAYearThatIsThere_CorrectsIt()
    {
        var (member, _, _, _) = Sotenas();
        member.Populations.Add(new PopulationFigure { MemberId = 3, Year = 2025, Population = 9000 });
        var request = new MemberChangeRequest { MemberId = 3, Kind = ChangeRequestKind.Population, PopulationYear = 2025, Population = 9100 };

        Assert.Null(request.Approve(member, Admin, Now, Today));

        Assert.Equal(9100, Assert.Single(member.Populations).Population);
    }

    [Fact]
    public void Approve_NewDelegatePolitician_MovesTheVoteFromThePresentOne()
    {
        var (member, politician, civilServant, newPolitician) = Sotenas();

        Assert.Null(Delegate(newPolitician, true).Approve(member, Admin, Now, Today));

        Assert.True(newPolitician.IsDelegate);
        Assert.False(politician.IsDelegate);
        Assert.True(civilServant.IsDelegate);
    }

    [Fact]
    public void Approve_RemoveDelegate_TakesTheVoteAway()
    {
        var (member, politician, _, _) = Sotenas();

        Assert.Null(Delegate(politician, false).Approve(member, Admin, Now, Today));

        Assert.False(politician.IsDelegate);
    }

    [Fact]
    public void Approve_DelegateWhoHasEndedSince_IsRefusedAndNothingChanges()
    {
        var (member, politician, _, newPolitician) = Sotenas();
        newPolitician.End(Today);
        var request = Delegate(newPolitician, true);

        Assert.Equal(ChangeRequestProblem.ContactHasEnded, request.Approve(member, Admin, Now, Today));

        Assert.True(politician.IsDelegate);
        Assert.False(newPolitician.IsDelegate);
        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void Approve_DelegateOfAnotherMember_IsRefused()
    {
        var (member, _, _, _) = Sotenas();
        var stranger = new ContactPerson { Id = 99, MemberId = 4, Role = ContactRole.Politician };

        Assert.Equal(ChangeRequestProblem.ContactNotFound, Delegate(stranger, true).Approve(member, Admin, Now, Today));
    }

    [Fact]
    public void Approve_Resignation_SetsResignedAndTheLastDay()
    {
        var (member, _, _, _) = Sotenas();
        var request = new MemberChangeRequest { MemberId = 3, Kind = ChangeRequestKind.Resignation, ResignationDate = new DateOnly(2026, 12, 31) };

        Assert.Null(request.Approve(member, Admin, Now, Today));

        Assert.Equal((MembershipStatus.Resigned, new DateOnly(2026, 12, 31)), (member.Status, member.MemberUntil!.Value));
    }

    [Fact]
    public void Approve_ResignationOfAResignedMember_IsRefused()
    {
        var (member, _, _, _) = Sotenas(MembershipStatus.Resigned);
        var request = new MemberChangeRequest { MemberId = 3, Kind = ChangeRequestKind.Resignation, ResignationDate = new DateOnly(2026, 12, 31) };

        Assert.Equal(ChangeRequestProblem.MemberNotActive, request.Approve(member, Admin, Now, Today));
        Assert.Null(member.MemberUntil);
    }

    [Fact]
    public void Approve_Twice_IsRefusedTheSecondTime()
    {
        var (member, _, _, newPolitician) = Sotenas();
        var request = Delegate(newPolitician, true);
        request.Approve(member, Admin, Now, Today);

        Assert.Equal(ChangeRequestProblem.AlreadyDecided, request.Approve(member, Admin, Now, Today));
    }

    [Fact]
    public void Decline_Pending_KeepsTheReasonAndChangesNothingElse()
    {
        var (member, politician, _, newPolitician) = Sotenas();
        var request = Delegate(newPolitician, true);

        Assert.True(request.Decline("  Ask the council first. ", Admin, Now));

        Assert.Equal((ChangeRequestStatus.Declined, "Ask the council first."), (request.Status, request.DeclineReason));
        Assert.True(politician.IsDelegate);
        Assert.False(newPolitician.IsDelegate);
        Assert.False(request.Decline("Again", Admin, Now));
        Assert.Equal(ChangeRequestProblem.AlreadyDecided, request.Approve(member, Admin, Now, Today));
    }
}
