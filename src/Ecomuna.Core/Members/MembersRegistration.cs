using Ecomuna.Core.Background;

namespace Ecomuna.Core.Members;

public static class MembersRegistration
{
    /// <summary>Member import, contact invitations and their mail, change requests and the contact-details reminders.</summary>
    public static void AddMembers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<MemberImport>();
        builder.Services.AddScoped<ContactInvitations>();
        builder.Services.AddScoped<InvitationMail>();
        builder.Services.AddScoped<ChangeRequestMail>();
        builder.Services.AddScoped<IScheduledJob, ContactDetailsReminderJob>();
    }
}
