using System.Collections.Frozen;

namespace Embargo.Matching.Text;

/// <summary>
/// Common given names and their everyday short forms (Bill = William, Ted = Theodore, Sasha = Aleksandr,
/// Pepe = José): names that share no spelling yet name the same person. Each family gets a number; a token
/// belongs to the families of its phonetic key, so Aleksandr and Alexander, Dmitriy and Dmitry fall in one.
/// Deliberately small: only the short forms people actually use in records, not every possible pet name, and
/// no translations: Friedrich is another man than Frederick, Giuseppe than Joseph.
/// </summary>
public static class GivenNameVariants
{
    private static readonly int[] None = [];

    // Each line: the full names of one family (spelling variants included), then its short forms.
    private static readonly string[][] Families =
    [
        ["alexander", "aleksandr", "alex", "alec", "sasha", "sacha", "shura", "sandy", "xander"],
        ["alexandra", "aleksandra", "alex", "sasha", "sandra", "sandy", "lexi"],
        ["alexey", "aleksei", "alexis", "alyosha", "lyosha"],
        ["andrew", "andy", "drew"],
        ["anthony", "tony"],
        ["benjamin", "ben", "benji", "benny"],
        ["charles", "charlie", "chuck", "chas"],
        ["christopher", "chris", "kit"],
        ["daniel", "dan", "danny"],
        ["david", "dave", "davey"],
        ["edward", "ed", "eddie", "ted", "ned"],
        ["elizabeth", "liz", "beth", "betty", "eliza", "betsy", "libby", "lisa"],
        ["frederick", "fred", "freddie"],
        ["friedrich", "fritz"],
        ["gregory", "greg"],
        ["grigory", "grisha"],
        ["henry", "harry", "hank"],
        ["heinrich", "heinz"],
        ["james", "jim", "jimmy", "jamie"],
        ["john", "jack", "johnny"],
        ["johann", "johannes", "hans"],
        ["jonathan", "jon", "jonny"],
        ["joseph", "joe", "joey"],
        ["jose", "pepe"],
        ["giuseppe", "beppe", "peppe"],
        ["catherine", "katherine", "kathryn", "kate", "kathy", "katie", "cathy"],
        ["yekaterina", "ekaterina", "katya"],
        ["margaret", "maggie", "meg", "peggy", "margo"],
        ["michael", "mike", "mick", "mickey"],
        ["mikhail", "misha"],
        ["nicholas", "nick", "nicky"],
        ["nikolay", "nikolai", "kolya"],
        ["patrick", "pat", "paddy"],
        ["patricia", "pat", "patty", "trish"],
        ["peter", "pete"],
        ["pyotr", "petr", "petya"],
        ["richard", "rick", "ricky", "dick", "rich", "richie"],
        ["robert", "bob", "bobby", "rob", "robbie", "bert"],
        ["samuel", "sam", "sammy"],
        ["stephen", "steven", "steve"],
        ["theodore", "ted", "teddy", "theo"],
        ["thomas", "tom", "tommy"],
        ["timothy", "tim"],
        ["william", "bill", "billy", "will", "willy", "liam"],
        ["matthew", "matt"],
        ["nathaniel", "nathan", "nate"],
        ["jennifer", "jen", "jenny"],
        ["susan", "sue", "susie"],
        ["rebecca", "becky"],
        ["deborah", "debbie"],
        ["victoria", "vicky", "tori"],
        ["vladimir", "volodya", "vova"],
        ["dmitry", "dima", "mitya"],
        ["sergey", "seryozha"],
        ["ivan", "vanya"],
        ["yevgeny", "zhenya"],
        ["anatoly", "tolya"],
        ["pavel", "pasha"],
        ["konstantin", "kostya"],
        ["vyacheslav", "slava"],
        ["anastasia", "nastya"],
        ["maria", "masha"],
        ["natalia", "natasha"],
        ["tatiana", "tanya"],
        ["svetlana", "sveta"],
        ["yelena", "elena", "lena"],
        ["yuri", "yura"],
        ["viktor", "victor", "vitya"],
        ["boris", "borya"],
        ["francisco", "paco", "pancho"],
        ["manuel", "manolo"],
        ["ignacio", "nacho"],
        ["enrique", "quique"],
        ["dolores", "lola"],
        ["guadalupe", "lupe"],
        ["giovanni", "gianni"],
    ];

    private static readonly FrozenDictionary<string, int[]> ByKey = Build();

    /// <summary>The families a folded token belongs to (numbers, compare with <see cref="Share"/>); empty for most tokens.</summary>
    public static int[] FamiliesOf(string token) => FamiliesOfKey(PhoneticKey.Of(token));

    /// <summary>The families of a token given its phonetic key (as <see cref="NameText.Key"/> gives it), without keying again.</summary>
    public static int[] FamiliesOfKey(string key) => key.Length > 1 && ByKey.TryGetValue(key, out var families) ? families : None;

    /// <summary>True when two tokens' families overlap: one is a short form of the other, or both of one name.</summary>
    public static bool Share(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        foreach (var x in a)
        {
            if (b.Contains(x)) return true;
        }
        return false;
    }

    private static FrozenDictionary<string, int[]> Build()
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var family = 0; family < Families.Length; family++)
        {
            foreach (var name in Families[family])
            {
                var key = PhoneticKey.Of(name);
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                if (!list.Contains(family)) list.Add(family);
            }
        }
        return byKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
