// The web project's texts are found as Resources/<TypeName>.<culture>.resx relative to the root namespace; the
// texts of a Core feature are found beside its marker type in the feature's folder (the type's full name).
[assembly: ResourceLocation("Resources")]

namespace Ecomuna.Web;

// Marker types for the resource files in this folder (texts used only by pages). They live in the root namespace
// so that each is found as Resources/<TypeName>.<culture>.resx.

/// <summary>Texts of the layout, the public pages, validation messages and anything shared.</summary>
public sealed class SharedResource;

/// <summary>Texts of the contact-person pages: the members' own "My organisation" and the secretariat's contact pages.</summary>
public sealed class OrganisationResource;

/// <summary>Texts of the secretariat's member pages.</summary>
public sealed class MembersResource;

/// <summary>Texts of incoming payments: importing Bankgirot's BgMax file and reviewing the payments that need a decision.</summary>
public sealed class PaymentsResource;

/// <summary>Texts of the secretariat's event pages: the list, the event form, cancelling and the participants.</summary>
public sealed class EventAdminResource;

/// <summary>Texts of good examples: the public list and pages, the members' own examples and the secretariat's review.</summary>
public sealed class ExamplesResource;
/// <summary>Texts of member surveys: the secretariat's survey pages and results, and the members' answering.</summary>
public sealed class SurveysResource;

/// <summary>Texts of the members' five yearly commitments: the secretariat's table and a member's own scorecard.</summary>
public sealed class CommitmentsResource;
/// <summary>Texts of the green key indicators: the public comparison, the members' reporting and the secretariat's pages.</summary>
public sealed class IndicatorsResource;

/// <summary>Texts of the public site: news, the editable pages, international cooperation and accessibility reports.</summary>
public sealed class SiteResource;
/// <summary>Texts of the secretariat's outbox page: mail waiting, sent and failed, and the scheduled jobs.</summary>
public sealed class OutboxResource;

/// <summary>Texts of the secretariat's audit log of security events and admin actions.</summary>
public sealed class AuditResource;

/// <summary>Texts of the privacy notice, the person's own data page and the secretariat's privacy page.</summary>
public sealed class PrivacyResource;
