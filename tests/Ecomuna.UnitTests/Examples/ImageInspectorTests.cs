using System.Text;
using Ecomuna.Core.Demo;
using Ecomuna.Core.Examples;

namespace Ecomuna.UnitTests.Examples;

public sealed class ImageInspectorTests
{
    [Fact]
    public void Inspect_Png_ReadsTypeAndSizeFromTheHeader()
    {
        var info = ImageInspector.Inspect(SimplePng.Gradient(37, 21, (0, 0, 0), (255, 255, 255)));

        Assert.Equal(new ImageInfo("image/png", 37, 21), info);
    }

    [Fact]
    public void Inspect_JpegWithAnAppSegmentBeforeTheFrame_ReadsTheFrameSize()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
            0xFF, 0xD9,
        ];

        Assert.Equal(new ImageInfo("image/jpeg", 600, 300), ImageInspector.Inspect(jpeg));
    }

    [Fact]
    public void Inspect_WebPLossless_ReadsTheSize()
    {
        var webp = new byte[30];
        "RIFF"u8.CopyTo(webp);
        "WEBP"u8.CopyTo(webp.AsSpan(8));
        "VP8L"u8.CopyTo(webp.AsSpan(12));
        webp[20] = 0x2F;
        var bits = (uint)(99 | (49 << 14)); // width 100, height 50, each stored minus one
        BitConverter.GetBytes(bits).CopyTo(webp, 21);

        Assert.Equal(new ImageInfo("image/webp", 100, 50), ImageInspector.Inspect(webp));
    }

    [Fact]
    public void Inspect_WebPExtended_ReadsTheCanvasSize()
    {
        var webp = new byte[30];
        "RIFF"u8.CopyTo(webp);
        "WEBP"u8.CopyTo(webp.AsSpan(8));
        "VP8X"u8.CopyTo(webp.AsSpan(12));
        webp[24] = 0x3F; // 1600 - 1 = 0x063F
        webp[25] = 0x06;
        webp[27] = 0x83; // 900 - 1 = 0x0383
        webp[28] = 0x03;

        Assert.Equal(new ImageInfo("image/webp", 1600, 900), ImageInspector.Inspect(webp));
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("GIF89a.............................")]
    [InlineData("")]
    public void Inspect_SomethingElse_IsNotAnImage(string content)
    {
        Assert.Null(ImageInspector.Inspect(Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void Inspect_PngSignatureWithACutOffHeader_IsNotAnImage()
    {
        Assert.Null(ImageInspector.Inspect(SimplePng.Gradient(10, 10, (0, 0, 0), (0, 0, 0)).AsSpan(0, 20)));
    }

    [Fact]
    public void Inspect_PngClaimingAHugeSize_IsRefused()
    {
        var png = SimplePng.Gradient(10, 10, (0, 0, 0), (0, 0, 0));
        png[16] = 0x7F; // width far beyond any real photo

        Assert.Null(ImageInspector.Inspect(png));
    }
}
