using System.Buffers.Binary;

namespace Ecomuna.Core.Examples;

/// <summary>What a file turned out to be: its media type and size in pixels.</summary>
public sealed record ImageInfo(string ContentType, int Width, int Height);

/// <summary>
/// Tells JPEG, PNG and WebP images by their content, never by their file name: the signature in the first bytes and
/// the width and height from the header. Anything else, or an image with an impossible size, is not an image here.
/// </summary>
public static class ImageInspector
{
    /// <summary>Larger images are refused: they would take too much memory in a browser for a page like this.</summary>
    public const int MaxSide = 12_000;

    public static ImageInfo? Inspect(ReadOnlySpan<byte> data)
    {
        var found = Png(data) ?? Jpeg(data) ?? WebP(data);
        return found is { Width: > 0 and <= MaxSide, Height: > 0 and <= MaxSide } ? found : null;
    }

    private static ImageInfo? Png(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (data.Length < 24 || !data[..8].SequenceEqual(signature) || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(20, 4));
        return width > int.MaxValue || height > int.MaxValue ? null : new ImageInfo("image/png", (int)width, (int)height);
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame, which holds the size.</summary>
    private static ImageInfo? Jpeg(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8 || data[2] != 0xFF)
        {
            return null;
        }

        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2;
                continue;
            }

            if (marker == 0xD9 || marker == 0xDA)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 2, 2));
            if (length < 2)
            {
                return null;
            }

            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (position + 9 > data.Length)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 7, 2));
                return new ImageInfo("image/jpeg", width, height);
            }

            position += 2 + length;
        }

        return null;
    }

    private static ImageInfo? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30 || !data[..4].SequenceEqual("RIFF"u8) || !data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return null;
        }

        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // A key frame: three bytes of frame tag, the start code 9D 01 2A, then 14-bit width and height.
            if (data[23] != 0x9D || data[24] != 0x01 || data[25] != 0x2A)
            {
                return null;
            }

            return new ImageInfo("image/webp", BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(26, 2)) & 0x3FFF,
                BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(28, 2)) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (data[20] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(21, 4));
            return new ImageInfo("image/webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = data[24] | (data[25] << 8) | (data[26] << 16);
            var height = data[27] | (data[28] << 8) | (data[29] << 16);
            return new ImageInfo("image/webp", width + 1, height + 1);
        }

        return null;
    }
}
