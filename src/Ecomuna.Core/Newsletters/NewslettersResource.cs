namespace Ecomuna.Core.Newsletters;

/// <summary>Texts of newsletters: the secretariat's pages, subscribing and unsubscribing, the archive and the mail; the texts are in the .sv.resx and .en.resx files beside this marker.</summary>
public sealed class NewslettersResource;
