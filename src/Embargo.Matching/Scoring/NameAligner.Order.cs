using Embargo.Matching.Index;
using Embargo.Matching.Text;

namespace Embargo.Matching.Scoring;

// Whether the paired tokens keep an order, a lineage, and a legal form that agrees.
internal static partial class NameAligner
{
    /// <summary>
    /// True when the paired tokens appear in an order that is neither the listed order rotated (SURNAME, Given ↔
    /// Given SURNAME) nor reversed: "Salman bin Muhammad" is not "Muhammad bin Salman".
    /// </summary>
    private static bool IsOrderBroken(PreparedName query, PreparedName listed, ReadOnlySpan<int> pairedWith)
    {
        Span<int> order = stackalloc int[pairedWith.Length];
        var count = 0;
        for (var i = 0; i < pairedWith.Length; i++)
        {
            var j = pairedWith[i];
            // Titles and designations stand anywhere (Rudolf, Crown Prince of Austria; 오스트리아 황태자 루돌프): only names keep an order.
            if (j < 0 || Describes(query, i) || Describes(listed, j)) continue;
            // Several query tokens paired as one run with a listed token (o ka mo to ~ Okamoto, forty four ~ 44) count once.
            if (count == 0 || order[count - 1] != j) order[count++] = j;
        }
        if (count < 3) return false;
        order = order[..count];
        // Rank the listed positions so gaps (unpaired tokens) do not matter.
        Span<int> rank = stackalloc int[count];
        for (var a = 0; a < count; a++)
        {
            var r = 0;
            for (var b = 0; b < count; b++) if (order[b] < order[a]) r++;
            rank[a] = r;
        }
        bool rotation = true, reversal = true;
        for (var a = 1; a < count; a++)
        {
            if (rank[a] != (rank[a - 1] + 1) % count) rotation = false;
            if (rank[a] != (rank[a - 1] - 1 + count) % count) reversal = false;
        }
        return !rotation && !reversal;
    }

    // A title or a designation: it says who a person is, not what he is called.
    private static bool Describes(PreparedName name, int i) =>
        name.Roles[i] is TokenRole.Title or TokenRole.Designation || TokenRoles.IsTitleWord(name.Tokens[i]);

    /// <summary>
    /// True when the names on either side of a query's lineage particle are paired with listed names that stand the
    /// other way round a listed lineage particle: "Salman bin Muhammad" against "Muhammad bin Salman".
    /// </summary>
    private static bool IsLineageSwapped(PreparedName query, PreparedName listed, ReadOnlySpan<int> pairedWith)
    {
        for (var i = 1; i + 1 < query.Length; i++)
        {
            if (!TokenRoles.IsLineageParticle(query.Tokens[i])) continue;
            int before = pairedWith[i - 1], after = pairedWith[i + 1];
            if (before < 0 || after < 0 || after >= before) continue;
            for (var j = after + 1; j < before; j++)
            {
                if (TokenRoles.IsLineageParticle(listed.Tokens[j])) return true;
            }
        }
        return false;
    }

    // The kind of the first legal form left unpaired (AG when the listing says GmbH), if it names one kind of legal person.
    private static string? UnpairedLegalClass(PreparedName name, ReadOnlySpan<bool> used)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!used[i] && name.LegalClasses[i] is { } legal && LegalForms.IsSpecific(legal)) return legal;
        }
        return null;
    }
}
