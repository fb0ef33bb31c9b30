using PdfSharp.Fonts;

namespace Ecomuna.Core.Invoicing;

/// <summary>
/// Serves DejaVu Sans from this assembly's resources, so invoices look the same on every server
/// whatever fonts it has installed (PDFsharp finds no fonts of its own on Linux).
/// </summary>
internal sealed class InvoiceFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly InvoiceFontResolver Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    private InvoiceFontResolver()
    {
    }

    /// <summary>
    /// Installs the resolver for the process. PDFsharp accepts only one resolver and only before its
    /// first font is made, so this sets it once, under a lock, and does nothing on later calls.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (current != Instance)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {current.GetType().FullName}; invoice PDFs need "
                    + $"{typeof(InvoiceFontResolver).FullName}. PDFsharp allows one resolver per process.");
            }

            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // There is no italic face; PDFsharp slants the upright one when italic is asked for.
        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName)
    {
        if (faceName is not (RegularFace or BoldFace))
        {
            return null;
        }

        using var stream = typeof(InvoiceFontResolver).Assembly.GetManifestResourceStream($"fonts/{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font resource fonts/{faceName}.ttf is missing from {typeof(InvoiceFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
