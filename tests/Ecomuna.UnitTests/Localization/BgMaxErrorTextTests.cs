using System.Xml.Linq;
using Ecomuna.Core.Invoicing;

namespace Ecomuna.UnitTests.Localization;

public sealed class BgMaxErrorTextTests
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void PaymentsResource_EveryBgMaxErrorKind_HasAPlainWordsText(string language)
    {
        var keys = XDocument.Load(Path.Combine(ResourceFolder(), $"PaymentsResource.{language}.resx")).Root!
            .Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

        var missing = Enum.GetValues<BgMaxErrorKind>().Select(kind => $"BgMaxError.{kind}").Where(key => !keys.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"PaymentsResource.{language}.resx lacks: {string.Join(", ", missing)}");
    }

    private static string ResourceFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecomuna.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Ecomuna.Web", "Resources");
            }
        }

        throw new InvalidOperationException($"No Ecomuna.sln above {AppContext.BaseDirectory}.");
    }
}
