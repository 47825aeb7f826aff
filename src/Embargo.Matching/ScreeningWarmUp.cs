using Embargo.Core.Model;

namespace Embargo.Matching;

/// <summary>
/// Screens a few made-up names of every script the engine reads against a small index of made-up listings, once per
/// process: the compiler then has the screening paths ready and the script tables (readings, spelling rules) are built
/// before the first real query. Run beside the loading of the lists, on the core that loading leaves idle, it keeps that
/// cost out of a batch's first seconds, when both workers would otherwise wait on the compiler and on each other.
/// </summary>
public static class ScreeningWarmUp
{
    private static readonly Lazy<Task<int>> Once = new(() => Task.Run(RunQuietly));

    /// <summary>
    /// Starts the warm-up once per process (later calls return the same task); its result is <see cref="Run"/>'s, or -1 when
    /// it failed: only speed depends on it, so a failure is left for the real screening to report.
    /// </summary>
    public static Task<int> StartOnce() => Once.Value;

    /// <summary>Screens the made-up queries and returns how many found their own listing (all of them, when the engine works).</summary>
    public static int Run()
    {
        // Readers of files and requests turn country names into codes: that table is built here too.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Embargo.Core.Countries.CountryCodes).TypeHandle);
        var index = SmallIndex();
        var options = MatchOptions.Default;
        var found = 0;
        foreach (var (query, listed) in Queries())
        {
            foreach (var match in index.Screen(query, options))
            {
                if (match.IsMatch && match.Entry.Id == listed) { found++; break; }
            }
        }
        return found;
    }

    private static int RunQuietly()
    {
        try
        {
            return Run();
        }
        catch (Exception)
        {
            return -1;
        }
    }

    // Names of every script and kind: persons with dates, countries and genders, organisations with legal forms, a vessel.
    private static readonly (string Id, EntityKind Kind, string Name, string? Native, string? Gender, int? Born, string? Country)[] Made =
    [
        ("warm:1", EntityKind.Person, "PETROV, Ivan Sergeyevich", "Иван Сергеевич Петров", "male", 1961, "RU"),
        ("warm:2", EntityKind.Person, "AL-RAHMAN, Abd al-Karim", "عبد الكريم الرحمن", "male", 1970, "SY"),
        ("warm:3", EntityKind.Person, "WANG, Lihua", "王丽华", "female", 1975, "CN"),
        ("warm:4", EntityKind.Person, "KIM, Chol Su", "김철수", "male", 1968, "KP"),
        ("warm:5", EntityKind.Person, "SHARMA, Rahul", "राहुल शर्मा", "male", 1980, "IN"),
        ("warm:6", EntityKind.Person, "COHEN, David", "דוד כהן", "male", 1955, "IL"),
        ("warm:7", EntityKind.Person, "PAPADOPOULOS, Georgios", "Γεώργιος Παπαδόπουλος", "male", 1966, "GR"),
        ("warm:8", EntityKind.Person, "TANAKA, Sakura", "田中さくら", "female", 1985, "JP"),
        ("warm:9", EntityKind.Person, "JAIDEE, Somchai", "สมชาย ใจดี", "male", 1972, "TH"),
        ("warm:10", EntityKind.Organization, "NORTHERN STAR TRADING CO., LTD.", "北方之星贸易有限公司", null, null, "CN"),
        ("warm:11", EntityKind.Organization, "OOO TEKHNOPROM", "ООО Технопром", null, null, "RU"),
        ("warm:12", EntityKind.Vessel, "SEA BREEZE 2", null, null, null, "PA"),
    ];

    /// <summary>An index of the made-up listings, for warming up what surrounds screening (readers and writers of files).</summary>
    public static ScreeningIndex SmallIndex() => ScreeningIndex.Build(Listings());

    private static IEnumerable<ListEntry> Listings()
    {
        foreach (var made in Made)
        {
            yield return new ListEntry
            {
                Id = made.Id,
                Source = "warm-up",
                SourceId = made.Id,
                Kind = made.Kind,
                Name = new EntryName { Full = made.Name },
                Aliases = made.Native is null ? [] : [new EntryName { Full = made.Native, Type = NameType.OriginalScript }],
                Gender = made.Gender,
                BirthDates = made.Born is { } year ? [new DateOfBirth { Text = $"{year}", Date = new PartialDate(year) }] : [],
                Nationalities = made.Country is { } code ? [new CountryRef(code, code)] : [],
            };
        }
    }

    // Each listing asked for as people write it: in its own script, in Latin letters in another order and spelling.
    private static IEnumerable<(MatchQuery Query, string Listed)> Queries()
    {
        foreach (var made in Made)
        {
            var date = made.Born is { } year ? new PartialDate(year, 3, 14) : (PartialDate?)null;
            yield return (new MatchQuery { Name = made.Name, Kind = made.Kind, BirthDate = date, Country = made.Country, Gender = made.Gender }, made.Id);
            if (made.Native is { } native) yield return (new MatchQuery { Name = native, Kind = made.Kind, Country = made.Country }, made.Id);
        }
        yield return (new MatchQuery { Name = "Ivan Petrov", BirthDate = new PartialDate(1961) }, "warm:1");
        yield return (new MatchQuery { Name = "Abdul Karim Al Rahman", Gender = "male" }, "warm:2");
        yield return (new MatchQuery { Name = "Northern Star Trading Company Limited", Kind = EntityKind.Organization }, "warm:10");
        yield return (new MatchQuery { Name = "Tekhnoprom LLC", Country = "RU" }, "warm:11");
    }
}
