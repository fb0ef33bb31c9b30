using System.Security.Claims;
using Ecomuna.Core.Accounts;
using Ecomuna.Core.Events;

namespace Ecomuna.UnitTests.Events;

public sealed class EventVisibilityTests
{
    [Theory]
    [InlineData(EventAudience.Public, false, false, true)]
    [InlineData(EventAudience.Members, false, false, false)]
    [InlineData(EventAudience.Members, false, true, true)]
    [InlineData(EventAudience.Members, true, false, true)]
    [InlineData(EventAudience.Board, false, true, false)]
    [InlineData(EventAudience.Board, true, false, true)]
    [InlineData(EventAudience.Forum, false, true, false)]
    [InlineData(EventAudience.Forum, true, false, true)]
    [InlineData(EventAudience.WorkingGroup, false, true, false)]
    [InlineData(EventAudience.WorkingGroup, true, false, true)]
    public void MaySee_AudienceAndVisitor_FollowsTheRule(EventAudience audience, bool isAdmin, bool isContactPerson, bool expected)
    {
        string[] roles = [.. isAdmin ? [Roles.Admin] : Array.Empty<string>(), .. isContactPerson ? [Roles.ContactPerson] : Array.Empty<string>()];
        var user = new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), roles.Length > 0 ? "test" : null));

        Assert.Equal(expected, EventVisibility.MaySee(user, audience));
    }

    [Fact]
    public void MaySee_NetworkMember_SeesPublicEventsOnly()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.NetworkMember)], "test"));

        Assert.Equal([EventAudience.Public], EventVisibility.AudiencesFor(user));
    }
}
