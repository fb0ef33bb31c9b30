namespace Ecomuna.Core.Examples;

/// <summary>A picture of an example, kept in the database; its type and size were read from the file itself.</summary>
public sealed class ExampleImage
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public int Id { get; set; }
    public int ExampleId { get; set; }
    public int Position { get; set; }

    /// <summary>image/jpeg, image/png or image/webp, as found in the file's first bytes.</summary>
    public string ContentType { get; set; } = "";

    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>What the picture shows, for those who cannot see it.</summary>
    public string AltText { get; set; } = "";

    public byte[] Content { get; set; } = [];
    public DateTime UploadedAtUtc { get; set; }
}
