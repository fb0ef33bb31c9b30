using static Ecomuna.IntegrationTests.Access.AccessTable;
using static Ecomuna.IntegrationTests.Access.PostingVisitors;

namespace Ecomuna.IntegrationTests.Access;

/// <summary>
/// Every POST handler of the portal (a page's <c>OnPost</c>, keyed by the page, and every <c>OnPostName</c>, keyed
/// "page:Name") and what each visitor gets when posting an empty form with a valid antiforgery token. A new handler
/// must be added here, or <see cref="PostAccessTests.EveryPostHandler_HasAnExpectationForEveryVisitor"/> fails.
/// A handler that takes an id is posted with the id of member A's object, so member B's contact person proves that
/// the handler checks whose the object is. A key may end in " #note" to check the same handler once more
/// (another object, another case).
/// </summary>
public static class PostAccessTable
{
    /// <summary>Anyone may post, signed in or not.</summary>
    private static PageAccess Anyone(string url) => new(url, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed);

    /// <summary>A form reached by a personal link: with a made-up link, everyone gets 400.</summary>
    private static PageAccess BadLink(string url) => new(url, Outcome.BadRequest, Outcome.BadRequest, Outcome.BadRequest, Outcome.BadRequest, Outcome.BadRequest);

    private static PageAccess SignedIn(string url) => new(url, Outcome.LogIn, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed, Outcome.Allowed);

    private static PageAccess AdminOnly(string url) => new(url, Outcome.LogIn, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Allowed);

    private static PageAccess ContactPersonsOnly(string url) => new(url, Outcome.LogIn, Outcome.Allowed, Outcome.Allowed, Outcome.Denied, Outcome.Denied);

    private static PageAccess NetworkMembersOnly(string url) => new(url, Outcome.LogIn, Outcome.Denied, Outcome.Denied, Outcome.Allowed, Outcome.Denied);

    /// <summary>Member A's object: its contact person may post, member B's gets 404, the rest as for the member pages.</summary>
    private static PageAccess OnlyMemberA(string url) => new(url, Outcome.LogIn, Outcome.Allowed, Outcome.NotFound, Outcome.Denied, Outcome.Denied);

    /// <summary>
    /// An admin-only handler whose object the demo data does not have: the others are refused before the handler looks,
    /// and the admin gets 404 from the handler itself.
    /// </summary>
    private static PageAccess AdminOnlyNoSuchObject(string url) => AdminOnly(url) with { Admin = Outcome.NotFound };

    /// <summary>Posting signs the visitor out or changes their sign-in, so each visitor posts from a session of its own.</summary>
    private static PageAccess OwnSession(PageAccess access) => access with { EndsSession = true };

    public static readonly IReadOnlyDictionary<string, PageAccess> Handlers = new Dictionary<string, PageAccess>
    {
        // Public forms.
        ["/Error"] = Anyone("/Error"),
        ["/Culture"] = Anyone("/Culture?culture=en"),
        ["/Accessibility/Report"] = Anyone("/Accessibility/Report"),
        ["/Join/Membership"] = Anyone("/Join/Membership"),
        ["/Join/Network"] = Anyone("/Join/Network"),
        ["/Newsletters/Subscribe"] = Anyone("/Newsletters/Subscribe"),
        ["/Newsletters/Confirm"] = Anyone("/Newsletters/Confirm?t=x"),
        ["/Newsletters/Unsubscribe"] = BadLink("/Newsletters/Unsubscribe?t=x"),
        ["/Newsletters/Preferences"] = BadLink("/Newsletters/Preferences?t=x"),
        ["/Events/Cancel"] = Anyone("/Events/Cancel?token=x"),
        ["/Events/Details:Guest"] = Anyone("/Events/Details/1?handler=Guest"),
        ["/Events/Details:Guest #members' event"] = new("/Events/Details/3?handler=Guest", Outcome.NotFound, Outcome.Allowed, Outcome.Allowed, Outcome.NotFound, Outcome.Allowed),
        ["/Events/Details:Network"] = NetworkMembersOnly("/Events/Details/1?handler=Network"),
        ["/Events/Details:Members"] = ContactPersonsOnly("/Events/Details/1?handler=Members"),
        ["/Events/Details:Members #board event"] = new("/Events/Details/4?handler=Members", Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound, Outcome.Denied),
        // A registration member A's contact person made: only they (and member A's other contact persons) may cancel it.
        ["/Events/Mine:Cancel"] = new($"/Events/Mine?handler=Cancel&id={RegistrationToCancelId}", Outcome.LogIn, Outcome.Allowed, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound),

        // Accounts.
        ["/Account/Login"] = Anyone("/Account/Login"),
        ["/Account/Logout"] = OwnSession(Anyone("/Account/Logout")),
        ["/Account/LoginWith2fa"] = Anyone("/Account/LoginWith2fa"),
        ["/Account/LoginWithRecoveryCode"] = Anyone("/Account/LoginWithRecoveryCode"),
        ["/Account/ForgotPassword"] = Anyone("/Account/ForgotPassword"),
        ["/Account/ResendEmailConfirmation"] = Anyone("/Account/ResendEmailConfirmation"),
        ["/Account/ResetPassword"] = Anyone("/Account/ResetPassword"),
        ["/Account/AcceptInvitation"] = Anyone("/Account/AcceptInvitation?userId=x&code=x"),
        // Signing out everywhere ends with the login page, so allowed and refused look alike here; the anonymous visitor is refused.
        ["/Account/Manage/Index:LogOutEverywhere"] = OwnSession(PageAccess.SendsEveryoneToLogIn("/Account/Manage?handler=LogOutEverywhere")),
        ["/Account/Manage/ChangePassword"] = SignedIn("/Account/Manage/ChangePassword"),
        ["/Account/Manage/Privacy:RequestErasure"] = SignedIn("/Account/Manage/Privacy?handler=RequestErasure"),
        ["/Account/Manage/TwoFactorAuthentication:ForgetMachine"] = SignedIn("/Account/Manage/TwoFactorAuthentication?handler=ForgetMachine"),
        ["/Account/Manage/EnableAuthenticator"] = SignedIn("/Account/Manage/EnableAuthenticator"),
        ["/Account/Manage/ResetAuthenticator"] = OwnSession(SignedIn("/Account/Manage/ResetAuthenticator")),
        ["/Account/Manage/Disable2fa"] = OwnSession(SignedIn("/Account/Manage/Disable2fa")),
        ["/Account/Manage/GenerateRecoveryCodes"] = OwnSession(SignedIn("/Account/Manage/GenerateRecoveryCodes")),

        ["/Network/Profile"] = NetworkMembersOnly("/Network/Profile"),

        // The contact person's own organisation.
        ["/Organisation/Index:Confirm"] = ContactPersonsOnly("/Organisation?handler=Confirm"),
        ["/Organisation/Edit"] = ContactPersonsOnly("/Organisation/Edit"),
        ["/Organisation/ActFor"] = ContactPersonsOnly("/Organisation/ActFor"),
        ["/Organisation/ChangeRequests/Create"] = ContactPersonsOnly("/Organisation/ChangeRequests/Create/Delegate"),
        ["/Organisation/Contacts/Create"] = ContactPersonsOnly("/Organisation/Contacts/Create"),
        ["/Organisation/Contacts/Edit"] = OnlyMemberA($"/Organisation/Contacts/Edit/{SodertaljeAlternatePoliticianId}"),
        ["/Organisation/Contacts/End"] = OnlyMemberA($"/Organisation/Contacts/End/{SodertaljePoliticianId}"),
        ["/Organisation/Surveys/Answer"] = ContactPersonsOnly($"/Organisation/Surveys/Answer/{CurrentMembershipSurveyId}"),
        ["/Organisation/Indicators/Index"] = ContactPersonsOnly("/Organisation/Indicators"),
        ["/Organisation/Indicators/Value"] = OnlyMemberA($"/Organisation/Indicators/Value/{SodertaljeIndicatorValueId}"),
        ["/Organisation/Examples/Edit"] = ContactPersonsOnly("/Organisation/Examples/Edit"),
        ["/Organisation/Examples/Edit #member A's example"] = OnlyMemberA($"/Organisation/Examples/Edit/{SodertaljeDraftExampleId}"),
        ["/Organisation/Examples/Edit:Submit"] = OnlyMemberA($"/Organisation/Examples/Edit/{DraftToSubmitId}?handler=Submit"),
        ["/Organisation/Examples/Edit:Preview"] = OnlyMemberA($"/Organisation/Examples/Edit/{SodertaljeDraftExampleId}?handler=Preview"),
        ["/Organisation/Examples/Edit:Render"] = ContactPersonsOnly("/Organisation/Examples/Edit?handler=Render"),
        ["/Organisation/Examples/Edit:Delete"] = OnlyMemberA($"/Organisation/Examples/Edit/{DraftToDeleteId}?handler=Delete"),
        ["/Organisation/Examples/Images"] = OnlyMemberA($"/Organisation/Examples/Images/{SodertaljeDraftExampleId}"),
        ["/Organisation/Examples/Images:Delete"] = OnlyMemberA($"/Organisation/Examples/Images/{SodertaljeDraftExampleId}?handler=Delete&imageId=2"),

        // The secretariat.
        ["/Admin/AccessibilityReports/Index:Handled"] = AdminOnlyNoSuchObject("/Admin/AccessibilityReports?handler=Handled&id=1"),
        ["/Admin/Applications/Index:Approve"] = AdminOnlyNoSuchObject("/Admin/Applications?handler=Approve&id=1"),
        ["/Admin/Applications/Index:Decline"] = AdminOnlyNoSuchObject("/Admin/Applications?handler=Decline&id=1"),
        ["/Admin/Privacy/Index:Erase"] = AdminOnly("/Admin/Privacy?handler=Erase"),
        ["/Admin/ChangeRequests/Index:Approve"] = AdminOnly("/Admin/ChangeRequests?handler=Approve&id=1"),
        ["/Admin/ChangeRequests/Index:Decline"] = AdminOnly("/Admin/ChangeRequests?handler=Decline&id=1"),
        ["/Admin/Network/Index:Approve"] = AdminOnlyNoSuchObject("/Admin/Network?handler=Approve&id=1"),
        ["/Admin/Network/Index:Decline"] = AdminOnlyNoSuchObject("/Admin/Network?handler=Decline&id=1"),
        ["/Admin/Invitations/Send"] = AdminOnly("/Admin/Invitations/Send/1"),
        ["/Admin/Import/Members:Preview"] = AdminOnly("/Admin/Import/Members?handler=Preview"),
        ["/Admin/Import/Members:Apply"] = AdminOnly("/Admin/Import/Members?handler=Apply"),
        ["/Admin/Members/Create"] = AdminOnly("/Admin/Members/Create"),
        ["/Admin/Members/Edit"] = AdminOnly($"/Admin/Members/Edit/{SodertaljeId}"),
        ["/Admin/Members/Population"] = AdminOnly($"/Admin/Members/Population/{SodertaljeId}"),
        ["/Admin/Contacts/Create"] = AdminOnly($"/Admin/Contacts/Create/{SodertaljeId}"),
        ["/Admin/Contacts/Edit"] = AdminOnly($"/Admin/Contacts/Edit/{SodertaljeAlternatePoliticianId}"),
        ["/Admin/Contacts/End"] = AdminOnly($"/Admin/Contacts/End/{SodertaljeCivilServantId}"),
        ["/Admin/Governance/Index:CreateGroup"] = AdminOnly("/Admin/Governance?handler=CreateGroup"),
        ["/Admin/Governance/Index:CloseGroup"] = AdminOnlyNoSuchObject("/Admin/Governance?handler=CloseGroup&id=1"),
        ["/Admin/Governance/Index:End"] = AdminOnly("/Admin/Governance?handler=End&id=1"),
        ["/Admin/Governance/Appoint"] = AdminOnly("/Admin/Governance/Appoint"),
        ["/Admin/Fees/Edit"] = AdminOnly("/Admin/Fees/Edit"),
        ["/Admin/Invoices/Run"] = AdminOnly("/Admin/Invoices/Run"),
        ["/Admin/Invoices/Run:Send"] = AdminOnly("/Admin/Invoices/Run?handler=Send"),
        ["/Admin/Invoices/Run:Remind"] = AdminOnly("/Admin/Invoices/Run?handler=Remind"),
        ["/Admin/Invoices/Details:Payment"] = AdminOnly($"/Admin/Invoices/Details/{SodertaljeInvoiceId}?handler=Payment"),
        ["/Admin/Invoices/Details:Credit"] = AdminOnly($"/Admin/Invoices/Details/{SodertaljeInvoiceId}?handler=Credit"),
        ["/Admin/Invoices/Details:Send"] = AdminOnly($"/Admin/Invoices/Details/{SodertaljeInvoiceId}?handler=Send"),
        ["/Admin/Invoices/Details:Remind"] = AdminOnly($"/Admin/Invoices/Details/{SodertaljeInvoiceId}?handler=Remind"),
        ["/Admin/Payments/Import"] = AdminOnly("/Admin/Payments/Import"),
        ["/Admin/Payments/Index:Assign"] = AdminOnly("/Admin/Payments?handler=Assign&id=1"),
        ["/Admin/Payments/Index:SetAside"] = AdminOnly("/Admin/Payments?handler=SetAside&id=1"),
        ["/Admin/Payments/Index:Review"] = AdminOnly("/Admin/Payments?handler=Review&id=1"),
        ["/Admin/Outbox/Index:Retry"] = AdminOnly("/Admin/Outbox?handler=Retry&id=1"),
        ["/Admin/Outbox/Index:Pause"] = AdminOnly("/Admin/Outbox?handler=Pause"),
        ["/Admin/Outbox/Index:Resume"] = AdminOnly("/Admin/Outbox?handler=Resume"),
        ["/Admin/Events/Edit"] = AdminOnly("/Admin/Events/Edit/1"),
        ["/Admin/Events/Index:Copy"] = AdminOnly("/Admin/Events?handler=Copy&id=1"),
        ["/Admin/Events/Cancel"] = AdminOnly("/Admin/Events/Cancel/2"),
        ["/Admin/Events/Participants:CheckIn"] = AdminOnly($"/Admin/Events/Participants/1?handler=CheckIn&registrationId={RegistrationToCheckInId}"),
        ["/Admin/Examples/Review:Publish"] = AdminOnly($"/Admin/Examples/Review/{SubmittedToPublishId}?handler=Publish"),
        ["/Admin/Examples/Review:Return"] = AdminOnly($"/Admin/Examples/Review/{SubmittedToReturnId}?handler=Return"),
        ["/Admin/Examples/Review:Unpublish"] = AdminOnly("/Admin/Examples/Review/1?handler=Unpublish"),
        ["/Admin/Examples/Review:Award"] = AdminOnly("/Admin/Examples/Review/1?handler=Award"),
        ["/Admin/Examples/Review:RemoveAward"] = AdminOnlyNoSuchObject("/Admin/Examples/Review/1?handler=RemoveAward"),
        ["/Admin/Examples/Themes"] = AdminOnly("/Admin/Examples/Themes"),
        ["/Admin/Examples/Themes:Toggle"] = AdminOnly("/Admin/Examples/Themes?handler=Toggle&id=1"),
        ["/Admin/Examples/Themes:Delete"] = AdminOnly("/Admin/Examples/Themes?handler=Delete&id=1"),
        ["/Admin/Surveys/Index:Copy"] = AdminOnly($"/Admin/Surveys?handler=Copy&id={CurrentMembershipSurveyId}"),
        ["/Admin/Surveys/Index:Remind"] = AdminOnly("/Admin/Surveys?handler=Remind"),
        ["/Admin/Surveys/Edit"] = AdminOnly($"/Admin/Surveys/Edit/{CurrentMembershipSurveyId}"),
        ["/Admin/Surveys/Edit:Move"] = AdminOnly($"/Admin/Surveys/Edit/{CurrentMembershipSurveyId}?handler=Move&questionId=7&up=false"),
        ["/Admin/Surveys/Edit:DeleteQuestion"] = AdminOnly($"/Admin/Surveys/Edit/{CurrentMembershipSurveyId}?handler=DeleteQuestion&questionId=10"),
        ["/Admin/Surveys/Question"] = AdminOnly($"/Admin/Surveys/Question/{CurrentMembershipSurveyId}/6"),
        ["/Admin/Indicators/Edit"] = AdminOnly("/Admin/Indicators/Edit/1"),
        ["/Admin/Indicators/Edit:Delete"] = AdminOnly("/Admin/Indicators/Edit/1?handler=Delete"),
        ["/Admin/Indicators/Import:Preview"] = AdminOnly("/Admin/Indicators/Import?handler=Preview"),
        ["/Admin/Indicators/Import:Apply"] = AdminOnly("/Admin/Indicators/Import?handler=Apply"),
        ["/Admin/Indicators/Reporting:Open"] = AdminOnly("/Admin/Indicators/Reporting?handler=Open"),
        ["/Admin/Indicators/Reporting:Close"] = AdminOnly("/Admin/Indicators/Reporting?handler=Close&id=1"),
        ["/Admin/Indicators/Reporting:Reopen"] = AdminOnly("/Admin/Indicators/Reporting?handler=Reopen&id=1"),
        ["/Admin/Indicators/Value"] = AdminOnly($"/Admin/Indicators/Value/{SodertaljeIndicatorValueId}"),
        ["/Admin/News/Edit"] = AdminOnly("/Admin/News/Edit/1"),
        ["/Admin/SitePages/Edit"] = AdminOnly("/Admin/SitePages/Edit/about"),
        ["/Admin/SitePages/History:Restore"] = AdminOnly("/Admin/SitePages/History/about?handler=Restore&versionId=1"),
        ["/Admin/International/Partner"] = AdminOnly("/Admin/International/Partner/1"),
        ["/Admin/International/Entry"] = AdminOnlyNoSuchObject("/Admin/International/Entry/1"),
        ["/Admin/International/Entry:Delete"] = AdminOnly("/Admin/International/Entry/1?handler=Delete"),
        ["/Admin/Newsletters/Edit"] = AdminOnly($"/Admin/Newsletters/Edit/{DraftNewsletterId}"),
    };
}
