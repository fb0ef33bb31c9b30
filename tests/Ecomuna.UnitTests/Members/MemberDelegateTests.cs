using Ecomuna.Core.Members;

namespace Ecomuna.UnitTests.Members;

public sealed class MemberDelegateTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static (Member Member, ContactPerson Politician, ContactPerson CivilServant) MemberWithContacts()
    {
        var member = new Member { Name = "Sotenäs" };
        var politician = new ContactPerson { FirstName = "Anna", LastName = "Berg", Role = ContactRole.Politician };
        var civilServant = new ContactPerson { FirstName = "Erik", LastName = "Holm", Role = ContactRole.CivilServant };
        member.Contacts.AddRange([politician, civilServant]);
        return (member, politician, civilServant);
    }

    [Fact]
    public void SetDelegate_OnePoliticianAndOneCivilServant_BothVote()
    {
        var (member, politician, civilServant) = MemberWithContacts();

        Assert.Null(member.SetDelegate(politician, true, Today));
        Assert.Null(member.SetDelegate(civilServant, true, Today));

        Assert.True(politician.IsDelegate);
        Assert.True(civilServant.IsDelegate);
    }

    [Fact]
    public void SetDelegate_SecondPolitician_IsRefusedAndNothingChanges()
    {
        var (member, politician, _) = MemberWithContacts();
        var second = new ContactPerson { FirstName = "Lars", LastName = "Ek", Role = ContactRole.Politician };
        member.Contacts.Add(second);
        member.SetDelegate(politician, true, Today);

        Assert.Equal(DelegateRuleViolation.AlreadyHasDelegatePolitician, member.SetDelegate(second, true, Today));
        Assert.False(second.IsDelegate);
        Assert.True(politician.IsDelegate);
    }

    [Fact]
    public void SetDelegate_SecondCivilServantAfterFirstEnded_IsAllowed()
    {
        var (member, _, civilServant) = MemberWithContacts();
        var successor = new ContactPerson { FirstName = "Sara", LastName = "Lindqvist", Role = ContactRole.CivilServant };
        member.Contacts.Add(successor);
        member.SetDelegate(civilServant, true, Today);
        civilServant.End(Today);

        Assert.False(civilServant.IsDelegate);
        Assert.Null(member.SetDelegate(successor, true, Today));
    }

    [Theory]
    [InlineData(ContactRole.AlternatePolitician)]
    [InlineData(ContactRole.OtherStaff)]
    public void SetDelegate_RoleWithoutVote_IsRefused(ContactRole role)
    {
        var (member, _, _) = MemberWithContacts();
        var contact = new ContactPerson { FirstName = "Per", LastName = "Olsson", Role = role };
        member.Contacts.Add(contact);

        Assert.Equal(DelegateRuleViolation.RoleCannotVote, member.SetDelegate(contact, true, Today));
        Assert.False(contact.IsDelegate);
    }

    [Fact]
    public void SetDelegate_EndedContact_IsRefused()
    {
        var (member, politician, _) = MemberWithContacts();
        politician.End(Today.AddDays(-1));

        Assert.Equal(DelegateRuleViolation.ContactHasEnded, member.SetDelegate(politician, true, Today));
    }

    [Fact]
    public void LacksContact_AfterThePoliticianEnds_IsTrueForPoliticiansOnly()
    {
        var (member, politician, _) = MemberWithContacts();
        politician.End(Today);

        Assert.True(member.LacksContact(ContactRole.Politician, Today));
        Assert.False(member.LacksContact(ContactRole.CivilServant, Today));
    }
}
