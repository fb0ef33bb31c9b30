namespace Ecomuna.Core.Invoicing;

/// <summary>Texts of fees, invoices, payments and the accounting export, for the secretariat and the members; the texts are in the .sv.resx and .en.resx files beside this marker.</summary>
public sealed class InvoicingResource;
