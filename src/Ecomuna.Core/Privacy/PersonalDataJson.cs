using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ecomuna.Core.Privacy;

namespace Ecomuna.Core.Privacy;

/// <summary>The personal data file as people download it: indented UTF-8 JSON, letters such as å, ä and ö written as they are.</summary>
public static class PersonalDataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public const string ContentType = "application/json; charset=utf-8";

    public static byte[] Serialize(PersonalDataFile data) => JsonSerializer.SerializeToUtf8Bytes(data, Options);

    public static string FileName(DateTime nowUtc) => $"ecomuna-personal-data-{nowUtc:yyyy-MM-dd}.json";
}
