using System.Globalization;
using System.Text;

namespace Embargo.Cli.Tests.Batch;

/// <summary>Writes CSV files of invented people (syllable combinations nobody is listed under), for volume tests.</summary>
internal static class InventedParties
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ren", "tas", "vu", "bel", "dor", "fi", "gan", "hu", "jel", "nok", "pra", "quo", "sil", "tem", "wy", "zar", "ox"];

    /// <summary>A CSV with header <c>id,first_name,last_name,dob,country</c> and <paramref name="rows"/> rows; every <paramref name="shugaevEvery"/>th is "Dmitry Shugaev".</summary>
    public static void WriteCsv(string path, int rows, int shugaevEvery = 0)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("id,first_name,last_name,dob,country\n");
        for (var i = 0; i < rows; i++)
        {
            var id = "p" + i.ToString(CultureInfo.InvariantCulture);
            if (shugaevEvery > 0 && i % shugaevEvery == shugaevEvery - 1)
            {
                writer.Write($"{id},Dmitry,Shugaev,1965-08-11,RU\n");
                continue;
            }
            var year = 1940 + i % 60;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{id},{Word(i, 2)},{Word(i / 7 + 3, 3)},{year}-{1 + i % 12:00}-{1 + i % 28:00},{(i % 3 == 0 ? "France" : "BR")}\n"));
        }
    }

    private static string Word(int seed, int syllables)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < syllables; k++)
        {
            sb.Append(Syllables[seed % Syllables.Length]);
            seed = seed / Syllables.Length + k * 7 + 1;
        }
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
