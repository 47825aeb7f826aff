using Embargo.Core.Model;

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
}
