using Embargo.Core.Model;
using Embargo.Matching.Scan;

namespace Embargo.Matching.Tests.Scan;

public sealed class TextScannerTests(ScanListFixture list) : IClassFixture<ScanListFixture>
{
    [Fact]
    public void PersonNamedInProseIsFoundWithUtf16Offsets()
    {
        const string text = "Officials in Dubai met Dmitry Shugayev on Sunday.";

        var mention = Assert.Single(list.Scan(text).Mentions);

        Assert.Equal("t:shugayev", mention.Entry.Id);
        Assert.Equal(MentionStrength.Strong, mention.Strength);
        Assert.Equal(text.IndexOf("Dmitry", StringComparison.Ordinal), mention.Start);
        Assert.Equal("Dmitry Shugayev", text.Substring(mention.Start, mention.Length));
        Assert.Equal("Dmitry Shugayev", mention.Text);
        Assert.Contains("met Dmitry Shugayev on Sunday", mention.Snippet, StringComparison.Ordinal);
        Assert.Contains(mention.Explanation.Features, f => f.Id == "name_similarity");
    }

    [Fact]
    public void OffsetsCountUtf16CodeUnitsOfTheText()
    {
        const string text = "😀 Müller wrote to Dmitry Shugayev.";

        var mention = Assert.Single(list.Scan(text).Mentions);

        Assert.Equal(text.IndexOf("Dmitry", StringComparison.Ordinal), mention.Start);
        Assert.Equal("Dmitry Shugayev", mention.Text);
    }

    [Theory]
    [InlineData("Turkish President Recep Tayyip Erdogan said the deal stands.")]
    [InlineData("President Erdogan said the deal stands.")]
    [InlineData("Indian counterpart Ajit Doval and other officials met.")]
    [InlineData("Mr. Sandoval declined to comment.")]
    public void SharingASurnameOrASubstringWithAListedPersonIsNoMention(string text) =>
        Assert.Empty(list.Scan(text).Mentions);

    [Fact]
    public void ADifferentGivenNameBesideTheSurnameSinksTheMatch()
    {
        Assert.Single(list.Scan("The report names Artem Kovalenko as the buyer.").Mentions);
        Assert.Empty(list.Scan("The report names Oleksandr Viktor Artem Kovalenko as the buyer.").Mentions);
    }

    [Fact]
    public void PossessivesAndPunctuationInsideNamesAreHandled()
    {
        var mentions = list.Scan("Sanctions targeted Turkey's Presidency of Defense Industries and AL-QAIDA.").Mentions;

        Assert.Contains(mentions, m => m.Entry.Id == "t:ssb" && m.Text == "Presidency of Defense Industries");
        Assert.Contains(mentions, m => m.Entry.Id == "t:aq" && m.Text == "AL-QAIDA");
        Assert.Contains(list.Scan("funds went to al qaida's people").Mentions, m => m.Entry.Id == "t:aq" && m.Text == "al qaida");
    }

    [Theory]
    [InlineData("PAYMENT REF 4471 TO SHUGAYEV DMITRY FOR INVOICE 22")]
    [InlineData("hey did u pay dmitry shugayev yet lol")]
    [InlineData("Beneficiary: SHUGAEV, Dmitry / Moscow")]
    public void CaseAndSpellingDoNotHideAName(string text)
    {
        var mention = Assert.Single(list.Scan(text).Mentions);
        Assert.Equal("t:shugayev", mention.Entry.Id);
        Assert.Equal(MentionStrength.Strong, mention.Strength);
    }

    [Fact]
    public void ANameWhoseWordsAreAllMisspeltIsStillWoken() =>
        Assert.Contains(list.Scan("The minister met Artyom Kovalenco in Kyiv on Tuesday.").Mentions, m => m.Entry.Id == "t:kovalenko");

    [Fact]
    public void TwoWordsRunTogetherStandForOneWordOfALongerName() =>
        Assert.Contains(list.Scan("Payments to Sber Bank of Russia were frozen.").Mentions,
            m => m.Entry.Id == "t:sberbank" && m.Text == "Sber Bank of Russia");

    [Fact]
    public void LowerCaseWordsRunTogetherInCapitalisedProseStandForNoWordOfAName() =>
        Assert.DoesNotContain(list.Scan("So the in-laws came to Moscow.").Mentions, m => m.Entry.Id == "t:soe");

    [Fact]
    public void NamesDoNotRunAcrossSentences() =>
        Assert.Empty(list.Scan("He thanked Dmitry. Shugayev was not there.").Mentions);

    [Fact]
    public void OrdinaryWordVesselNeedsContext()
    {
        var bare = Assert.Single(list.Scan("Turkey chose it over America's Patriot systems.").Mentions);
        Assert.Equal(MentionStrength.NeedsContext, bare.Strength);

        var tanker = Assert.Single(list.Scan("The tanker Patriot was seen off Nampo.").Mentions);
        Assert.Equal(MentionStrength.Strong, tanker.Strength);

        var byImo = Assert.Single(list.Scan("Cargo records list PATRIOT (IMO 9123456) at anchor.").Mentions);
        Assert.Equal(MentionStrength.Strong, byImo.Strength);
    }

    [Fact]
    public void OrdinaryWordsInLowerCaseAreNoMention() =>
        Assert.Empty(list.Scan("They traded a golden star trading card and a patriot song.").Mentions);

    [Fact]
    public void OrdinaryWordOrganisationCapitalisedMidSentenceIsAMention()
    {
        var mention = Assert.Single(list.Scan("Funds reached Golden Star Trading through Dubai.").Mentions);
        Assert.Equal("t:golden", mention.Entry.Id);
        Assert.Equal(MentionStrength.Strong, mention.Strength);
    }

    [Theory]
    [InlineData("Washington has reportedly halted the delivery.")]
    [InlineData("Russia has begun deliveries, Ankara said.")]
    public void OneWordOfALongerOrDifferentListedNameIsNoMention(string text) =>
        Assert.Empty(list.Scan(text).Mentions);

    [Fact]
    public void SurnameAloneAfterTheFullNameRefersToTheSamePerson()
    {
        var mentions = list.Scan("Dmitry Shugayev spoke in Dubai. \"Supplies have begun,\" Shugayev said.").Mentions;

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("t:shugayev", m.Entry.Id));
        Assert.Equal("Shugayev", mentions[1].Text);
    }

    [Fact]
    public void EverydayWordsInLowerCaseWakeNoNameWhereTheTextCapitalisesNames()
    {
        var scanner = new TextScanner(ScreeningIndex.Build([new ListEntry
        {
            Id = "t:to", Source = "test", SourceId = "to", Kind = EntityKind.Person, Name = new EntryName { Full = "TO, In" },
        }]));

        Assert.Empty(scanner.Scan("The minister stayed in to watch the vote in Ankara.").Mentions);
        Assert.Contains(scanner.Scan("The minister met In To in Ankara.").Mentions, m => m.Entry.Id == "t:to");
    }

    [Fact]
    public void NameInAnotherScriptIsFound()
    {
        var mention = Assert.Single(list.Scan("Встреча: Дмитрий Шугаев прибыл в Дубай.").Mentions);
        Assert.Equal("t:shugayev", mention.Entry.Id);
        Assert.Equal("Дмитрий Шугаев", mention.Text);
    }

    [Fact]
    public void GarbageAndEmptyTextDoNotCrash()
    {
        Assert.Empty(list.Scan("").Mentions);
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(1, 0xFFFF);
        _ = list.Scan(new string(chars));
        _ = list.Scan(new string('x', 100_000) + " Dmitry Shugayev");
        _ = list.Scan(string.Join(' ', Enumerable.Repeat("Dmitry", 500)));
    }
}
