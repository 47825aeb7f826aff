using Embargo.Core.Model;
using Embargo.Matching.Scoring;

namespace Embargo.Matching.Tests.Scoring;

/// <summary>Secondary evidence raises or lowers a name score; ranking, not exact numbers, is what is claimed.</summary>
public sealed class EvidenceTests
{
    private static readonly ListEntry Listed = new()
    {
        Id = "t:1", Source = "t", SourceId = "1", Kind = EntityKind.Person,
        Name = new EntryName { Full = "IVANOV, Pyotr Sergeyevich" },
        BirthDates = [new DateOfBirth { Text = "11 Aug 1965", Date = new PartialDate(1965, 8, 11) }],
        Nationalities = [new CountryRef("Russia", "RU")],
        Identifiers = [new IdentityDocument { Type = "Passport", Number = "71 1234567", Country = "Russia", CountryCode = "RU" }],
        Gender = "male",
    };

    private static readonly ScreeningIndex Index = ScreeningIndex.Build([Listed]);

    private static double Score(MatchQuery query) =>
        Index.Screen(query, MatchOptions.Default with { Cutoff = 0, Exhaustive = true }) is [var r, ..] ? r.Score : 0;

    private static readonly MatchQuery Base = new() { Name = "Pyotr Ivanov" };

    [Fact]
    public void SameBirthDateRaisesTheScore() => Assert.True(Score(Base with { BirthDate = new PartialDate(1965, 8, 11) }) > Score(Base));

    [Fact]
    public void DayAndMonthSwappedStillAgree() =>
        Assert.True(Score(Base with { BirthDate = new PartialDate(1965, 11, 8) }) >= Score(Base));

    [Fact]
    public void BirthYearMismatchLowersTheScore() => Assert.True(Score(Base with { BirthDate = new PartialDate(1971) }) < Score(Base));

    [Fact]
    public void SameYearOtherDayLowersLessThanAnotherYear() =>
        Assert.True(Score(Base with { BirthDate = new PartialDate(1965, 3, 2) }) > Score(Base with { BirthDate = new PartialDate(1971, 3, 2) }));

    [Fact]
    public void CountryMismatchLowersAndMatchRaises()
    {
        Assert.True(Score(Base with { Country = "FR" }) < Score(Base));
        Assert.True(Score(Base with { Country = "RU" }) > Score(Base));
    }

    [Fact]
    public void KindMismatchLowersTheScore() => Assert.True(Score(Base with { Kind = EntityKind.Organization }) < Score(Base with { Kind = EntityKind.Person }));

    [Fact]
    public void GenderMismatchLowersTheScore() => Assert.True(Score(Base with { Gender = "female" }) < Score(Base));

    [Fact]
    public void MatchingPassportIsStrongEvenWithAWeakName()
    {
        var weakName = new MatchQuery { Name = "P. Ivanoff", IdNumber = "711234567" };
        Assert.True(Score(weakName) >= Tuning.IdMatchScore);
    }

    [Fact]
    public void EveryFeatureThatFiredIsExplained()
    {
        var result = Index.Screen(Base with { BirthDate = new PartialDate(1971), Country = "FR" }, MatchOptions.Default with { Cutoff = 0 })[0];
        var ids = result.Explanation.Features.Select(f => f.Id).ToList();
        Assert.Equal(["name_similarity", "dob_year_mismatch", "country_mismatch"], ids);
        Assert.Equal(result.Score, Math.Clamp(result.Explanation.Features.Sum(f => f.Contribution), 0, 1), 6);
    }

    // Every combination of the evidence a query may give about the listed person above.
    public static TheoryData<int, int, int, int> EvidenceCombinations()
    {
        var data = new TheoryData<int, int, int, int>();
        for (var dob = 0; dob < 4; dob++)
            for (var country = 0; country < 4; country++)
                for (var kind = 0; kind < 3; kind++)
                    for (var gender = 0; gender < 4; gender++) data.Add(dob, country, kind, gender);
        return data;
    }

    [Theory]
    [MemberData(nameof(EvidenceCombinations))]
    public void TheSumThatDecidesWhichNamesAreAlignedIsWhatTheFeaturesAdd(int dob, int country, int kind, int gender)
    {
        var query = Base with
        {
            BirthDate = dob switch { 1 => new PartialDate(1965, 8, 11), 2 => new PartialDate(1965, 3, 2), 3 => new PartialDate(1971), _ => null },
            Country = country switch { 1 => "RU", 2 => "fr", 3 => "ru", _ => null },
            Kind = kind switch { 1 => EntityKind.Person, 2 => EntityKind.Organization, _ => null },
            Gender = gender switch { 1 => "male", 2 => "female", 3 => "MALE", _ => null },
        };
        var result = Index.Screen(query, MatchOptions.Default with { Cutoff = 0, Exhaustive = true })[0];
        var featuresBesideTheName = result.Explanation.Features.Where(f => f.Id != "name_similarity").Sum(f => f.Contribution);
        Assert.Equal(featuresBesideTheName, Evidence.NameFreeSum(QueryEvidence.Of(query), Listed, EvidenceFacts.Of(Listed)), 9);
    }

    [Fact]
    public void AnEntityWhoseEvidenceKeepsEveryNameUnderTheCutoffIsNotReported()
    {
        // The same name, but born another year in another country: 1 − 0.15 − 0.08 is under 0.80.
        var options = MatchOptions.Default with { Cutoff = 0.8 };
        Assert.Empty(Index.Screen(Base with { Name = "IVANOV, Pyotr Sergeyevich", BirthDate = new PartialDate(1971), Country = "FR" }, options));
        Assert.NotEmpty(Index.Screen(Base with { Name = "IVANOV, Pyotr Sergeyevich", BirthDate = new PartialDate(1971) }, options));
    }
}
