using Ecomuna.Core.Invoicing;
using PdfSharp.Fonts;

namespace Ecomuna.UnitTests.Invoicing;

public sealed class InvoiceFontResolverTests
{
    [Fact]
    public async Task EnsureRegistered_CalledFromManyThreadsAtOnce_InstallsOneResolver()
    {
        using var start = new ManualResetEventSlim();
        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            InvoiceFontResolver.EnsureRegistered();
        })).ToList();

        start.Set();
        await Task.WhenAll(callers);
        InvoiceFontResolver.EnsureRegistered();

        Assert.IsType<InvoiceFontResolver>(GlobalFontSettings.FontResolver);
    }

    [Theory]
    [InlineData(false, "DejaVuSans")]
    [InlineData(true, "DejaVuSans-Bold")]
    public void ResolveTypeface_DejaVuSans_GivesTheEmbeddedFace(bool bold, string face)
    {
        InvoiceFontResolver.EnsureRegistered();
        var resolver = GlobalFontSettings.FontResolver!;

        var info = resolver.ResolveTypeface(InvoiceFontResolver.FamilyName, bold, italic: false);

        Assert.NotNull(info);
        Assert.Equal(face, info.FaceName);
        var font = resolver.GetFont(info.FaceName);
        Assert.NotNull(font);
        // A TrueType file starts with the version 1.0 tag 00 01 00 00.
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, font[..4]);
    }

    [Fact]
    public void ResolveTypeface_OtherFamily_IsNotServed()
    {
        InvoiceFontResolver.EnsureRegistered();

        Assert.Null(GlobalFontSettings.FontResolver!.ResolveTypeface("Arial", bold: false, italic: false));
    }

    [Fact]
    public void Assembly_CarriesTheFontLicence()
    {
        using var licence = typeof(InvoiceFontResolver).Assembly.GetManifestResourceStream("fonts/LICENSE-DejaVu.txt");

        Assert.NotNull(licence);
        using var reader = new StreamReader(licence);
        Assert.Contains("Bitstream Vera Fonts Copyright", reader.ReadToEnd(), StringComparison.Ordinal);
    }
}
