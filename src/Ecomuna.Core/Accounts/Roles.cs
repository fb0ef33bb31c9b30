namespace Ecomuna.Core.Accounts;

public static class Roles
{
    /// <summary>Secretariat staff who manage the whole portal.</summary>
    public const string Admin = "Admin";

    /// <summary>A member organisation's contact person; acts only for that member.</summary>
    public const string ContactPerson = "ContactPerson";

    /// <summary>A person in one of Ecomuna's network categories.</summary>
    public const string NetworkMember = "NetworkMember";

    public static readonly IReadOnlyList<string> All = [Admin, ContactPerson, NetworkMember];
}
