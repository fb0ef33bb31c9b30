using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Members;

public sealed class MembershipTests
{
    private static readonly DateOnly Joined = new(2010, 3, 1);

    [Fact]
    public void Resign_WithALastDayBeforeJoining_IsRefusedAndNothingChanges()
    {
        var member = Active();

        Assert.Equal(MembershipProblem.EndsBeforeItBegan, member.Resign(Joined.AddDays(-1)));
        Assert.Equal((MembershipStatus.Active, (DateOnly?)null), (member.Status, member.MemberUntil));
    }

    [Fact]
    public void Resign_AnActiveMember_EndsTheMembershipOnTheLastDay()
    {
        var member = Active();

        Assert.Null(member.Resign(new DateOnly(2026, 12, 31)));
        Assert.Equal((MembershipStatus.Resigned, new DateOnly(2026, 12, 31)), (member.Status, member.MemberUntil!.Value));
    }

    [Theory]
    [InlineData(MembershipStatus.Applicant)]
    [InlineData(MembershipStatus.Declined)]
    [InlineData(MembershipStatus.Resigned)]
    public void Resign_AMemberThatIsNotActive_IsRefused(MembershipStatus status)
    {
        var member = new Member { Name = "Sotenäs", Status = status, MemberSince = Joined };

        Assert.Equal(MembershipProblem.NotActive, member.Resign(new DateOnly(2026, 12, 31)));
        Assert.Equal(status, member.Status);
    }

    [Fact]
    public void ChangeMembership_ResignedWithoutALastDay_IsRefused()
    {
        var member = Active();

        Assert.Equal(MembershipProblem.ResignedWithoutLastDay, member.ChangeMembership(MembershipStatus.Resigned, Joined, null));
        Assert.Equal(MembershipStatus.Active, member.Status);
    }

    [Fact]
    public void ChangeMembership_LastDayBeforeTheFirst_IsRefused()
    {
        var member = Active();

        Assert.Equal(MembershipProblem.EndsBeforeItBegan, member.ChangeMembership(MembershipStatus.Active, Joined, Joined.AddDays(-1)));
        Assert.Equal((Joined, (DateOnly?)null), (member.MemberSince!.Value, member.MemberUntil));
    }

    [Fact]
    public void ChangeMembership_TheSecretariatsCorrections_AreKept()
    {
        var member = Active();
        Assert.Null(member.ChangeMembership(MembershipStatus.Resigned, Joined, new DateOnly(2024, 12, 31)));

        Assert.Null(member.ChangeMembership(MembershipStatus.Active, new DateOnly(2026, 1, 1), null));

        Assert.Equal((MembershipStatus.Active, new DateOnly(2026, 1, 1), (DateOnly?)null), (member.Status, member.MemberSince!.Value, member.MemberUntil));
    }

    [Fact]
    public void ApproveAndDecline_OnlyAnApplicant()
    {
        var applicant = new Member { Name = "Ny kommun", Status = MembershipStatus.Applicant };
        var declined = new Member { Name = "Annan kommun", Status = MembershipStatus.Applicant };

        Assert.True(applicant.Approve(new DateOnly(2026, 5, 1)));
        Assert.True(declined.Decline("Inte en kommun"));

        Assert.Equal((MembershipStatus.Active, new DateOnly(2026, 5, 1)), (applicant.Status, applicant.MemberSince!.Value));
        Assert.Equal(MembershipStatus.Declined, declined.Status);
        Assert.False(applicant.Approve(new DateOnly(2026, 6, 1)));
        Assert.False(applicant.Decline("för sent"));
        Assert.False(declined.Approve(new DateOnly(2026, 6, 1)));
        Assert.Equal(new DateOnly(2026, 5, 1), applicant.MemberSince);
    }

    [Fact]
    public void ChangeRequestResignation_FollowsTheMembersRule()
    {
        Assert.Null(MemberChangeRequest.CheckResignation(MembershipStatus.Active, Joined, Joined));
        Assert.Equal(ChangeRequestProblem.EndsBeforeMembershipBegan, MemberChangeRequest.CheckResignation(MembershipStatus.Active, Joined, Joined.AddDays(-1)));
        Assert.Equal(ChangeRequestProblem.MemberNotActive, MemberChangeRequest.CheckResignation(MembershipStatus.Applicant, Joined, Joined));
    }

    private static Member Active() => new() { Name = "Sotenäs", Status = MembershipStatus.Active, MemberSince = Joined };
}
