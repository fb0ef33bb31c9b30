namespace Ecomuna.IntegrationTests.Access;

/// <summary>Who asks: the five kinds of visitor every page is checked for.</summary>
public enum Visitor
{
    Anonymous,
    ContactPersonOfMemberA,
    ContactPersonOfMemberB,
    NetworkMember,
    Admin,
}

/// <summary>What a visitor gets from a page.</summary>
public enum Outcome
{
    /// <summary>200 and the page.</summary>
    Page,

    /// <summary>302 to the login page.</summary>
    LogIn,

    /// <summary>302 to the access-denied page.</summary>
    Denied,

    /// <summary>403 with the page that explains it.</summary>
    Forbidden,

    /// <summary>404: for someone who may not see an object, it does not exist.</summary>
    NotFound,

    /// <summary>302 somewhere else (the page is an action, not something to look at).</summary>
    Redirect,

    /// <summary>200 with a file to download (a PDF, a calendar file), not a page.</summary>
    File,

    /// <summary>For a POST: the handler ran (a page, perhaps with validation errors, or a redirect elsewhere), not a refusal.</summary>
    Allowed,

    /// <summary>400: the link the form came from (a token in it) is not valid.</summary>
    BadRequest,
}

/// <summary>The expectation for one page: the URL to request and the outcome for each visitor.</summary>
public sealed record PageAccess(string Url, Outcome Anonymous, Outcome ContactA, Outcome ContactB, Outcome NetworkMember, Outcome Admin)
{
    public Outcome For(Visitor visitor) => visitor switch
    {
        Visitor.Anonymous => Anonymous,
        Visitor.ContactPersonOfMemberA => ContactA,
        Visitor.ContactPersonOfMemberB => ContactB,
        Visitor.NetworkMember => NetworkMember,
        _ => Admin,
    };

    /// <summary>For a POST: posting signs the visitor out or changes their sign-in, so it is sent from a session of its own.</summary>
    public bool EndsSession { get; init; }

    public static PageAccess Public(string url) => new(url, Outcome.Page, Outcome.Page, Outcome.Page, Outcome.Page, Outcome.Page);

    public static PageAccess PublicFile(string url) => new(url, Outcome.File, Outcome.File, Outcome.File, Outcome.File, Outcome.File);

    public static PageAccess SignedIn(string url) => new(url, Outcome.LogIn, Outcome.Page, Outcome.Page, Outcome.Page, Outcome.Page);

    public static PageAccess AdminOnly(string url) => new(url, Outcome.LogIn, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.Page);

    public static PageAccess ContactPersonsOnly(string url) => new(url, Outcome.LogIn, Outcome.Page, Outcome.Page, Outcome.Denied, Outcome.Denied);

    /// <summary>A step that only makes sense in the middle of a flow: without one, everyone is sent to log in.</summary>
    public static PageAccess SendsEveryoneToLogIn(string url) => new(url, Outcome.LogIn, Outcome.LogIn, Outcome.LogIn, Outcome.LogIn, Outcome.LogIn);

    /// <summary>A signed-in page that sends you elsewhere when there is nothing to show (e.g. two-factor is off).</summary>
    public static PageAccess SignedInThenRedirect(string url) => new(url, Outcome.LogIn, Outcome.Redirect, Outcome.Redirect, Outcome.Redirect, Outcome.Redirect);

    public static PageAccess RedirectsEveryone(string url) => new(url, Outcome.Redirect, Outcome.Redirect, Outcome.Redirect, Outcome.Redirect, Outcome.Redirect);
}

/// <summary>
/// Every page of the portal and who may see it. A new page must be added here, or
/// <see cref="AccessTests.EveryPage_HasAnExpectationForEveryVisitor"/> fails.
/// </summary>
public static class AccessTable
{
    /// <summary>Södertälje, member A: the 7th member of the demo CSV.</summary>
    public const int SodertaljeId = 7;

    /// <summary>
    /// The demo seeder adds contacts member by member in CSV order: a politician and a civil servant each, plus an
    /// alternate politician at every third member starting with the first (indexes 0, 3, 6, ...). Before Södertälje
    /// (index 6) come 6 × 2 + 2 = 14 contacts, so its politician is 15, its civil servant 16 and its alternate 17.
    /// </summary>
    public const int SodertaljeAlternatePoliticianId = 17;

    public const int SodertaljePoliticianId = 15;
    public const int SodertaljeCivilServantId = 16;

    /// <summary>The demo seeder issues last year's invoices in CSV order, so Södertälje's is the 7th.</summary>
    public const int SodertaljeInvoiceId = 7;

    /// <summary>The demo draft good example of Södertälje (member A); published examples are 1–7.</summary>
    public const int SodertaljeDraftExampleId = 8;

    /// <summary>The demo seeder adds last year's membership survey (questions 1–5) first and this year's, open now, second (its first question is 6).</summary>
    public const int CurrentMembershipSurveyId = 2;

    /// <summary>The demo seeder adds Södertälje's key-indicator values first, so its 2019 value of the first indicator is value 1.</summary>
    public const int SodertaljeIndicatorValueId = 1;

    /// <summary>The demo seeder adds two sent newsletters (1 and 2) and a draft (3).</summary>
    public const int SentNewsletterId = 1;

    public const int DraftNewsletterId = 3;

    /// <summary>A contact at member A: its contact person sees it, member B's gets 404, the rest as for the member pages.</summary>
    private static PageAccess OnlyMemberA(string url) => new(url, Outcome.LogIn, Outcome.Page, Outcome.NotFound, Outcome.Denied, Outcome.Denied);

    /// <summary>A file of member A's: its contact person downloads it, member B's gets 404, the rest as for the member pages.</summary>
    private static PageAccess FileOfMemberA(string url) => new(url, Outcome.LogIn, Outcome.File, Outcome.NotFound, Outcome.Denied, Outcome.Denied);

    public static readonly IReadOnlyDictionary<string, PageAccess> Pages = new Dictionary<string, PageAccess>
    {
        ["/Index"] = PageAccess.Public("/"),
        ["/Principles"] = PageAccess.Public("/Principles"),
        ["/Privacy"] = PageAccess.Public("/Privacy"),
        ["/Sitemap"] = PageAccess.PublicFile("/sitemap.xml"),
        ["/Robots"] = PageAccess.PublicFile("/robots.txt"),
        ["/News/Index"] = PageAccess.Public("/News"),
        ["/News/Details"] = PageAccess.Public("/News/Details/1"),
        ["/News/Image"] = PageAccess.PublicFile("/News/Image/1"),
        ["/News/Feed"] = PageAccess.PublicFile("/News/Feed"),
        ["/About/Index"] = PageAccess.Public("/About"),
        ["/About/Page"] = PageAccess.Public("/About/about"),
        ["/International/Index"] = PageAccess.Public("/International"),
        ["/International/Partner"] = PageAccess.Public("/International/argentina"),
        ["/Accessibility/Report"] = PageAccess.Public("/Accessibility/Report"),
        ["/Admin/News/Index"] = PageAccess.AdminOnly("/Admin/News"),
        ["/Admin/News/Edit"] = PageAccess.AdminOnly("/Admin/News/Edit/1"),
        ["/Admin/SitePages/Index"] = PageAccess.AdminOnly("/Admin/SitePages"),
        ["/Admin/SitePages/Edit"] = PageAccess.AdminOnly("/Admin/SitePages/Edit/about"),
        ["/Admin/SitePages/History"] = PageAccess.AdminOnly("/Admin/SitePages/History/about"),
        ["/Admin/International/Index"] = PageAccess.AdminOnly("/Admin/International"),
        ["/Admin/International/Partner"] = PageAccess.AdminOnly("/Admin/International/Partner/1"),
        ["/Admin/International/Entry"] = PageAccess.AdminOnly("/Admin/International/Entry/1"),
        ["/Admin/AccessibilityReports/Index"] = PageAccess.AdminOnly("/Admin/AccessibilityReports"),
        ["/Admin/Privacy/Index"] = PageAccess.AdminOnly("/Admin/Privacy"),
        ["/Newsletters/Index"] = PageAccess.Public("/Newsletters"),
        ["/Newsletters/View"] = PageAccess.Public($"/Newsletters/View/{SentNewsletterId}"),
        ["/Newsletters/Subscribe"] = PageAccess.Public("/Newsletters/Subscribe"),
        ["/Newsletters/Confirm"] = PageAccess.Public("/Newsletters/Confirm?t=x"),
        ["/Newsletters/Unsubscribe"] = PageAccess.Public("/Newsletters/Unsubscribe?t=x"),
        ["/Newsletters/Preferences"] = PageAccess.Public("/Newsletters/Preferences?t=x"),
        ["/Admin/Newsletters/Index"] = PageAccess.AdminOnly("/Admin/Newsletters"),
        ["/Admin/Newsletters/Edit"] = PageAccess.AdminOnly($"/Admin/Newsletters/Edit/{DraftNewsletterId}"),
        ["/Admin/Newsletters/Progress"] = PageAccess.AdminOnly($"/Admin/Newsletters/Progress/{SentNewsletterId}"),
        ["/Error"] = PageAccess.Public("/Error"),
        ["/Culture"] = PageAccess.RedirectsEveryone("/Culture"),
        ["/Governance/Index"] = PageAccess.Public("/Governance"),
        ["/Join/Membership"] = PageAccess.Public("/Join/Membership"),
        ["/Join/Thanks"] = PageAccess.Public("/Join/Thanks"),
        ["/Join/Network"] = PageAccess.Public("/Join/Network"),
        ["/Network/Index"] = PageAccess.Public("/Network"),
        ["/Network/Profile"] = new("/Network/Profile", Outcome.LogIn, Outcome.Denied, Outcome.Denied, Outcome.Page, Outcome.Denied),
        ["/Members/Index"] = PageAccess.Public("/Members"),
        ["/Members/Details"] = PageAccess.Public("/Members/Details/7"),
        ["/Events/Calendar"] = PageAccess.PublicFile("/Events/Calendar.ics"),
        ["/Events/Ics"] = PageAccess.PublicFile("/Events/Ics/1"),
        ["/Events/Index"] = PageAccess.Public("/Events"),
        ["/Events/Details"] = PageAccess.Public("/Events/Details/1"),
        ["/Events/Confirm"] = PageAccess.Public("/Events/Confirm?token=x"),
        ["/Events/Cancel"] = PageAccess.Public("/Events/Cancel?token=x"),
        ["/Events/Mine"] = PageAccess.SignedIn("/Events/Mine"),
        ["/Examples/Index"] = PageAccess.Public("/Examples"),
        ["/Examples/Details"] = PageAccess.Public("/Examples/Details/1"),
        ["/Examples/Image"] = PageAccess.PublicFile("/Examples/Image/1"),
        ["/Examples/Feed"] = PageAccess.PublicFile("/Examples/Feed"),
        ["/Examples/Initiatives"] = PageAccess.Public("/Examples/Initiatives"),
        ["/Organisation/Examples/Index"] = PageAccess.ContactPersonsOnly("/Organisation/Examples"),
        ["/Organisation/Examples/Edit"] = OnlyMemberA($"/Organisation/Examples/Edit/{SodertaljeDraftExampleId}"),
        ["/Organisation/Examples/Images"] = OnlyMemberA($"/Organisation/Examples/Images/{SodertaljeDraftExampleId}"),
        ["/Admin/Examples/Index"] = PageAccess.AdminOnly("/Admin/Examples"),
        ["/Admin/Examples/Review"] = PageAccess.AdminOnly($"/Admin/Examples/Review/{SodertaljeDraftExampleId}"),
        ["/Admin/Examples/Themes"] = PageAccess.AdminOnly("/Admin/Examples/Themes"),
        ["/Indicators/Index"] = PageAccess.Public("/Indicators"),
        ["/Indicators/Member"] = PageAccess.Public($"/Indicators/Member/{SodertaljeId}"),

        ["/Account/Login"] = PageAccess.Public("/Account/Login"),
        ["/Account/Logout"] = PageAccess.Public("/Account/Logout"),
        ["/Account/AccessDenied"] = new("/Account/AccessDenied", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden),
        ["/Account/ForgotPassword"] = PageAccess.Public("/Account/ForgotPassword"),
        ["/Account/ForgotPasswordConfirmation"] = PageAccess.Public("/Account/ForgotPasswordConfirmation"),
        ["/Account/ResetPassword"] = PageAccess.Public("/Account/ResetPassword?code=x&email=a%40b.se"),
        ["/Account/ResetPasswordConfirmation"] = PageAccess.Public("/Account/ResetPasswordConfirmation"),
        ["/Account/ConfirmEmail"] = PageAccess.Public("/Account/ConfirmEmail?userId=x&code=x"),
        ["/Account/ResendEmailConfirmation"] = PageAccess.Public("/Account/ResendEmailConfirmation"),
        ["/Account/AcceptInvitation"] = PageAccess.Public("/Account/AcceptInvitation?userId=x&code=x"),
        ["/Account/Lockout"] = PageAccess.Public("/Account/Lockout"),
        ["/Account/LoginWith2fa"] = PageAccess.SendsEveryoneToLogIn("/Account/LoginWith2fa"),
        ["/Account/LoginWithRecoveryCode"] = PageAccess.SendsEveryoneToLogIn("/Account/LoginWithRecoveryCode"),

        ["/Account/Manage/Index"] = PageAccess.SignedIn("/Account/Manage"),
        ["/Account/Manage/ChangePassword"] = PageAccess.SignedIn("/Account/Manage/ChangePassword"),
        ["/Account/Manage/TwoFactorAuthentication"] = PageAccess.SignedIn("/Account/Manage/TwoFactorAuthentication"),
        ["/Account/Manage/EnableAuthenticator"] = PageAccess.SignedIn("/Account/Manage/EnableAuthenticator"),
        ["/Account/Manage/ShowRecoveryCodes"] = PageAccess.SignedInThenRedirect("/Account/Manage/ShowRecoveryCodes"),
        ["/Account/Manage/GenerateRecoveryCodes"] = PageAccess.SignedInThenRedirect("/Account/Manage/GenerateRecoveryCodes") with { Admin = Outcome.Page }, // the demo admin has two-factor on
        ["/Account/Manage/Disable2fa"] = PageAccess.SignedInThenRedirect("/Account/Manage/Disable2fa") with { Admin = Outcome.Page }, // the demo admin has two-factor on
        ["/Account/Manage/ResetAuthenticator"] = PageAccess.SignedIn("/Account/Manage/ResetAuthenticator"),
        ["/Account/Manage/Privacy"] = PageAccess.SignedIn("/Account/Manage/Privacy"),

        ["/Admin/Index"] = PageAccess.AdminOnly("/Admin"),
        ["/Admin/Audit/Index"] = PageAccess.AdminOnly("/Admin/Audit"),
        ["/Admin/Invitations/Send"] = PageAccess.AdminOnly("/Admin/Invitations/Send/1"),
        ["/Admin/Applications/Index"] = PageAccess.AdminOnly("/Admin/Applications"),
        ["/Admin/ChangeRequests/Index"] = PageAccess.AdminOnly("/Admin/ChangeRequests"),
        ["/Admin/Outbox/Index"] = PageAccess.AdminOnly("/Admin/Outbox"),
        ["/Admin/Network/Index"] = PageAccess.AdminOnly("/Admin/Network"),
        ["/Admin/Import/Members"] = PageAccess.AdminOnly("/Admin/Import/Members"),
        ["/Admin/Governance/Index"] = PageAccess.AdminOnly("/Admin/Governance"),
        ["/Admin/Governance/Appoint"] = PageAccess.AdminOnly("/Admin/Governance/Appoint"),
        ["/Admin/Governance/VotingRegister"] = PageAccess.AdminOnly("/Admin/Governance/VotingRegister"),
        ["/Admin/Contacts/Member"] = PageAccess.AdminOnly($"/Admin/Contacts/Member/{SodertaljeId}"),
        ["/Admin/Contacts/Create"] = PageAccess.AdminOnly($"/Admin/Contacts/Create/{SodertaljeId}"),
        ["/Admin/Contacts/Edit"] = PageAccess.AdminOnly($"/Admin/Contacts/Edit/{SodertaljeAlternatePoliticianId}"),
        ["/Admin/Contacts/End"] = PageAccess.AdminOnly($"/Admin/Contacts/End/{SodertaljeAlternatePoliticianId}"),
        ["/Admin/Contacts/Missing"] = PageAccess.AdminOnly("/Admin/Contacts/Missing"),

        ["/Admin/Fees/Index"] = PageAccess.AdminOnly("/Admin/Fees"),
        ["/Admin/Fees/Edit"] = PageAccess.AdminOnly("/Admin/Fees/Edit"),
        ["/Admin/Invoices/Index"] = PageAccess.AdminOnly("/Admin/Invoices"),
        ["/Admin/Invoices/Accounting"] = PageAccess.AdminOnly("/Admin/Invoices/Accounting"),
        ["/Admin/Invoices/Run"] = PageAccess.AdminOnly("/Admin/Invoices/Run"),
        ["/Admin/Invoices/Details"] = PageAccess.AdminOnly($"/Admin/Invoices/Details/{SodertaljeInvoiceId}"),
        ["/Admin/Work/Index"] = new($"/Admin/Work/{Guid.Empty}", Outcome.LogIn, Outcome.Denied, Outcome.Denied, Outcome.Denied, Outcome.NotFound),
        ["/Admin/Payments/Index"] = PageAccess.AdminOnly("/Admin/Payments"),
        ["/Admin/Payments/Import"] = PageAccess.AdminOnly("/Admin/Payments/Import"),

        ["/Admin/Events/Index"] = PageAccess.AdminOnly("/Admin/Events"),
        ["/Admin/Events/Edit"] = PageAccess.AdminOnly("/Admin/Events/Edit/1"),
        ["/Admin/Events/Cancel"] = PageAccess.AdminOnly("/Admin/Events/Cancel/2"),
        ["/Admin/Events/Participants"] = PageAccess.AdminOnly("/Admin/Events/Participants/1"),
        ["/Admin/Surveys/Index"] = PageAccess.AdminOnly("/Admin/Surveys"),
        ["/Admin/Commitments/Index"] = PageAccess.AdminOnly("/Admin/Commitments"),
        ["/Admin/Surveys/Edit"] = PageAccess.AdminOnly($"/Admin/Surveys/Edit/{CurrentMembershipSurveyId}"),
        ["/Admin/Surveys/Question"] = PageAccess.AdminOnly($"/Admin/Surveys/Question/{CurrentMembershipSurveyId}/6"),
        ["/Admin/Surveys/Results"] = PageAccess.AdminOnly($"/Admin/Surveys/Results/{CurrentMembershipSurveyId}"),
        ["/Admin/Surveys/Compare"] = PageAccess.AdminOnly($"/Admin/Surveys/Compare/{CurrentMembershipSurveyId}"),

        ["/Admin/Indicators/Index"] = PageAccess.AdminOnly("/Admin/Indicators"),
        ["/Admin/Indicators/Edit"] = PageAccess.AdminOnly("/Admin/Indicators/Edit/1"),
        ["/Admin/Indicators/Reporting"] = PageAccess.AdminOnly("/Admin/Indicators/Reporting"),
        ["/Admin/Indicators/Report"] = PageAccess.AdminOnly($"/Admin/Indicators/Report/{SodertaljeId}/2019"),
        ["/Admin/Indicators/Value"] = PageAccess.AdminOnly($"/Admin/Indicators/Value/{SodertaljeIndicatorValueId}"),
        ["/Admin/Indicators/Import"] = PageAccess.AdminOnly("/Admin/Indicators/Import"),

        ["/Admin/Members/Index"] = PageAccess.AdminOnly("/Admin/Members"),
        ["/Admin/Members/Details"] = PageAccess.AdminOnly("/Admin/Members/Details/7"),
        ["/Admin/Members/Create"] = PageAccess.AdminOnly("/Admin/Members/Create"),
        ["/Admin/Members/Edit"] = PageAccess.AdminOnly("/Admin/Members/Edit/7"),
        ["/Admin/Members/Population"] = PageAccess.AdminOnly("/Admin/Members/Population/7"),
        ["/Organisation/Index"] = PageAccess.ContactPersonsOnly("/Organisation"),
        ["/Organisation/Edit"] = PageAccess.ContactPersonsOnly("/Organisation/Edit"),
        ["/Organisation/ActFor"] = PageAccess.ContactPersonsOnly("/Organisation/ActFor"),
        ["/Organisation/Invoices/Index"] = PageAccess.ContactPersonsOnly("/Organisation/Invoices"),
        ["/Organisation/Surveys/Index"] = PageAccess.ContactPersonsOnly("/Organisation/Surveys"),
        ["/Organisation/Surveys/Answer"] = PageAccess.ContactPersonsOnly($"/Organisation/Surveys/Answer/{CurrentMembershipSurveyId}"),
        ["/Organisation/Contacts/Create"] = PageAccess.ContactPersonsOnly("/Organisation/Contacts/Create"),
        ["/Organisation/ChangeRequests/Create"] = PageAccess.ContactPersonsOnly("/Organisation/ChangeRequests/Create/Delegate"),
        ["/Organisation/Contacts/Edit"] = OnlyMemberA($"/Organisation/Contacts/Edit/{SodertaljeAlternatePoliticianId}"),
        ["/Organisation/Invoices/Pdf"] = FileOfMemberA($"/Organisation/Invoices/Pdf/{SodertaljeInvoiceId}"),
        ["/Organisation/Indicators/Index"] = PageAccess.ContactPersonsOnly("/Organisation/Indicators"),
        ["/Organisation/Indicators/Value"] = OnlyMemberA($"/Organisation/Indicators/Value/{SodertaljeIndicatorValueId}"),
        ["/Organisation/Contacts/End"] = OnlyMemberA($"/Organisation/Contacts/End/{SodertaljeAlternatePoliticianId}"),
    };
}
