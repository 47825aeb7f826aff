using Embargo.Core.Model;
using Embargo.Matching.Explain;
using Embargo.Matching.Index;
using Embargo.Matching.Scoring;
using Embargo.Matching.Text;

namespace Embargo.Matching;

/// <summary>
/// Every name of every active entity, prepared for matching, with a candidate index over them. Immutable once
/// built and safe to share between threads. A query is folded once, finds candidate names through the index
/// (or takes all, when exhaustive), and each candidate entity is scored on its best name plus the evidence.
/// </summary>
public sealed partial class ScreeningIndex
{
    private readonly ListEntry[] _entries;
    private readonly PreparedName[] _names;
    private readonly NameSketch[] _sketches;
    private readonly EntryName[] _nameSources;
    private readonly int[] _nameEntity;
    private readonly int[][] _entityNames;
    // Per entity, whether it is an organisation: read for every candidate, so kept apart from the entries.
    private readonly bool[] _organisation;
    // Per entity, what the features beside the name read: for every candidate, kept apart from the entries.
    private readonly EvidenceFacts[] _facts;
    private readonly TokenStatistics _statistics;
    private readonly CandidateIndex _candidates;
    private readonly Dictionary<string, int[]> _identifiers;

    private ScreeningIndex(ListEntry[] entries, PreparedName[] names, EntryName[] nameSources, int[] nameEntity, int[][] entityNames,
        TokenStatistics statistics, CandidateIndex candidates, Dictionary<string, int[]> identifiers)
    {
        _identifiers = identifiers;
        _entries = entries;
        _names = names;
        _sketches = new NameSketch[names.Length];
        for (var i = 0; i < names.Length; i++) _sketches[i] = NameSketch.Of(names[i]);
        _nameSources = nameSources;
        _nameEntity = nameEntity;
        _entityNames = entityNames;
        _organisation = new bool[entries.Length];
        for (var i = 0; i < entries.Length; i++) _organisation[i] = IsOrganisation(entries[i].Kind);
        _facts = new EvidenceFacts[entries.Length];
        for (var i = 0; i < entries.Length; i++) _facts[i] = EvidenceFacts.Of(entries[i]);
        _statistics = statistics;
        _candidates = candidates;
    }

    /// <summary>The scoring algorithm's name and version, recorded with every decision.</summary>
    public const string AlgorithmName = Algorithm.Name;

    public int EntityCount => _entries.Length;
    public int NameCount => _names.Length;

    // Read-only views for the free-text scanner (Scan/), which walks the candidate index itself.
    internal ListEntry[] Entries => _entries;
    internal PreparedName[] PreparedNames => _names;
    internal EntryName[] NameSources => _nameSources;
    internal int[] NameEntity => _nameEntity;
    internal int[][] EntityNames => _entityNames;
    internal TokenStatistics Statistics => _statistics;
    internal CandidateIndex Candidates => _candidates;

    public static ScreeningIndex Build(IEnumerable<ListEntry> entries) => Build(entries, null);

    /// <summary>
    /// Builds an index whose token rarity comes from another index (to compare names as the lists weigh them): an
    /// index over a few entries (those a list update added or changed) then scores a name as the full index would.
    /// </summary>
    public static ScreeningIndex Build(IEnumerable<ListEntry> entries, ScreeningIndex? statisticsFrom)
    {
        var entryList = entries as List<ListEntry> ?? [.. entries];
        // Preparing a name (folding, romanising, keys) is the build's costliest step and each name's own: done on every core.
        var preparedOf = new PreparedName[entryList.Count][];
        if (entryList.Count >= 1_000) Parallel.For(0, entryList.Count, e => preparedOf[e] = PrepareNames(entryList[e]));
        else for (var e = 0; e < entryList.Count; e++) preparedOf[e] = PrepareNames(entryList[e]);
        var names = new List<PreparedName>();
        var sources = new List<EntryName>();
        var owners = new List<int>();
        var entityNames = new List<int[]>();
        // The alternatives a slash names are added beside the names as written, but not counted in the token statistics.
        var alternatives = new List<bool>();
        var written = 0;
        for (var e = 0; e < entryList.Count; e++)
        {
            var entry = entryList[e];
            var own = new List<int>();
            for (var n = 0; n < preparedOf[e].Length; n++)
            {
                var name = n == 0 ? entry.Name : entry.Aliases[n - 1];
                var prepared = preparedOf[e][n];
                if (prepared.Length == 0) continue;
                own.Add(names.Count);
                names.Add(prepared);
                sources.Add(name);
                owners.Add(e);
                alternatives.Add(false);
                written++;
            }
            // "Al-Qa'ida/Islamic Army" is also each of its alternatives, scored as the listed name they come from.
            foreach (var name in (EntryName[])[entry.Name, .. entry.Aliases])
            {
                foreach (var alternative in NameAlternatives.Of(name.Full))
                {
                    var prepared = PreparedName.Create(alternative, entry.Kind);
                    if (!NamesAlone(prepared)) continue;
                    own.Add(names.Count);
                    names.Add(prepared);
                    sources.Add(name);
                    owners.Add(e);
                    alternatives.Add(true);
                }
            }
            entityNames.Add([.. own]);
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < names.Count; k++)
        {
            if (alternatives[k]) continue;
            seen.Clear();
            foreach (var key in names[k].Keys)
            {
                if (seen.Add(key)) frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }
        var statistics = statisticsFrom?._statistics ?? new TokenStatistics(frequency, written);
        foreach (var name in names) name.Weigh(statistics);
        return new ScreeningIndex([.. entryList], [.. names], [.. sources], [.. owners], [.. entityNames], statistics,
            CandidateIndex.Build(names, statistics), IndexIdentifiers(entryList));
    }

    // The entry's name, then its aliases, prepared.
    private static PreparedName[] PrepareNames(ListEntry entry)
    {
        var prepared = new PreparedName[1 + entry.Aliases.Count];
        prepared[0] = PreparedName.Create(entry.Name.Full, entry.Kind);
        for (var a = 0; a < entry.Aliases.Count; a++) prepared[a + 1] = PreparedName.Create(entry.Aliases[a].Full, entry.Kind);
        return prepared;
    }

    /// <summary>The entities most like the query, best first, with explanations.</summary>
    public IReadOnlyList<MatchResult> Screen(MatchQuery query, MatchOptions options) => Screen(query, options, null);

    /// <summary>
    /// As <see cref="Screen(MatchQuery, MatchOptions)"/>, taking the query's name prepared from <paramref name="names"/>
    /// (prepared there once, for every index and run that screens the same name) rather than preparing it again.
    /// </summary>
    public IReadOnlyList<MatchResult> Screen(MatchQuery query, MatchOptions options, QueryNameCache? names)
    {
        ArgumentNullException.ThrowIfNull(query);
        var alternatives = AlternativesOf(query);
        return alternatives.Length == 0 ? ScreenName(query, options, names) : ScreenAlternatives(query, alternatives, options, names);
    }

    // Screens the query's name as written.
    private List<MatchResult> ScreenName(MatchQuery query, MatchOptions options, QueryNameCache? names)
    {
        var prepared = names is null ? Prepare(query) : names.Get(query.Name, query.Kind ?? EntityKind.Unknown).WeighedCopy(_statistics);
        if (prepared.Length == 0) return [];
        var retrieval = RetrievalBuffer.For();
        var scored = new List<(int Entity, int Name, NameScore NameScore, double Score)>();
        try
        {
            var entities = options.Exhaustive ? AllEntities() : Retrieve(prepared, retrieval);
            var byIdentifier = ByIdentifier(query);
            foreach (var entity in byIdentifier)
            {
                if (!entities.Contains(entity)) entities.Add(entity);
            }

            var querySketch = NameSketch.Of(prepared);
            var evidence = QueryEvidence.Of(query);
            foreach (var entity in entities)
            {
                var identified = byIdentifier.Length > 0 && Array.IndexOf(byIdentifier, entity) >= 0;
                // The name must reach the cutoff less what the entity's other evidence adds (or more what it takes: a
                // birth year or a country that differs): a name too weak for that is not aligned, an entity no name can
                // lift is passed over. The margin covers the rounding of scores to six places (Combine).
                var reachable = options.Cutoff - Evidence.NameFreeSum(evidence, _entries[entity], _facts[entity]) - 1e-6;
                if (!identified && reachable > 1) continue;
                // Names that cannot reach the cutoff are not aligned (an identified entity is always scored in full).
                var (name, nameScore) = BestName(prepared, entity, identified ? null : querySketch, reachable,
                    options.Exhaustive || identified ? null : retrieval);
                if (!identified && nameScore.Score < reachable) continue;
                // An entity found by its identifier is scored even when no name resembles the query.
                if (name < 0 && identified && _entityNames[entity].Length > 0) name = _entityNames[entity][0];
                if (name < 0 || (nameScore.Score <= 0 && !identified)) continue;
                var score = Combine(ScoringContext.Create(query, _entries[entity], _facts[entity].Countries, _nameSources[name], nameScore), null);
                if (score >= options.Cutoff) scored.Add((entity, name, nameScore, score));
            }
        }
        finally
        {
            retrieval.Clear();
        }
        scored.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entity.CompareTo(b.Entity));
        BreakTies(prepared, scored, options.Limit);

        var results = new List<MatchResult>(Math.Min(options.Limit, scored.Count));
        foreach (var (entity, name, nameScore, score) in scored.Take(options.Limit))
        {
            var entry = _entries[entity];
            results.Add(new MatchResult(entry, _nameSources[name], score, score >= options.Threshold,
                Explain(query, prepared, entity, name, nameScore, score)));
        }
        return results;
    }

    /// <summary>
    /// Orders entities of equal score by how like the query their primary name is (SBERBANK OF RUSSIA PJSC: the public joint
    /// stock company Sberbank of Russia before a subsidiary with the same alias), then by list order: the same query always
    /// gives the same order, whichever way the candidates were found. Only ties that reach the results are aligned again.
    /// </summary>
    private void BreakTies(PreparedName query, List<(int Entity, int Name, NameScore NameScore, double Score)> scored, int limit)
    {
        for (var start = 0; start < Math.Min(limit, scored.Count);)
        {
            var end = start + 1;
            while (end < scored.Count && scored[end].Score == scored[start].Score) end++;
            if (end - start > 1)
            {
                var primary = new double[end - start];
                for (var k = start; k < end; k++) primary[k - start] = PrimaryNameScore(query, scored[k].Entity);
                // Insertion sort, stable: entities whose primary names score the same stay in list order. Ties are few.
                for (var k = 1; k < primary.Length; k++)
                {
                    var (key, item) = (primary[k], scored[start + k]);
                    var at = k;
                    for (; at > 0 && primary[at - 1] < key; at--)
                    {
                        primary[at] = primary[at - 1];
                        scored[start + at] = scored[start + at - 1];
                    }
                    primary[at] = key;
                    scored[start + at] = item;
                }
            }
            start = end;
        }
    }

    private double PrimaryNameScore(PreparedName query, int entity) =>
        _entityNames[entity] is [var primary, ..] ? NameAligner.Score(query, _names[primary], _organisation[entity]).Effective : 0;

    /// <summary>As <see cref="ScoreAgainst"/>, the score alone: no explanation is built (free text scores many spans that fall short).</summary>
    internal double ScoreOnly(MatchQuery query, int entity)
    {
        var best = ScoreOnlyName(query, entity);
        foreach (var alternative in AlternativesOf(query)) best = Math.Max(best, ScoreOnlyName(query with { Name = alternative }, entity));
        return best;
    }

    private double ScoreOnlyName(MatchQuery query, int entity)
    {
        var prepared = Prepare(query);
        var (name, nameScore) = BestName(prepared, entity);
        return name < 0 ? 0 : Combine(ScoringContext.Create(query, _entries[entity], _facts[entity].Countries, _nameSources[name], nameScore), null);
    }

    /// <summary>Scores a query against one listed name alone, as <c>embargo compare</c> does.</summary>
    internal (double Score, MatchExplanation Explanation) ScoreAgainst(MatchQuery query, int entity)
    {
        var best = ScoreAgainstName(query, entity);
        foreach (var alternative in AlternativesOf(query))
        {
            var scored = ScoreAgainstName(query with { Name = alternative }, entity);
            if (scored.Score > best.Score) best = scored;
        }
        return best;
    }

    private (double Score, MatchExplanation Explanation) ScoreAgainstName(MatchQuery query, int entity)
    {
        var prepared = Prepare(query);
        var (name, nameScore) = BestName(prepared, entity);
        if (name < 0) return (0, new MatchExplanation(query.Name, _entries[entity].Name.Full, [], [], 0));
        var score = Combine(ScoringContext.Create(query, _entries[entity], _facts[entity].Countries, _nameSources[name], nameScore), null);
        return (score, Explain(query, prepared, entity, name, nameScore, score));
    }

    private PreparedName Prepare(MatchQuery query)
    {
        var prepared = PreparedName.Create(query.Name, query.Kind ?? EntityKind.Unknown);
        prepared.Weigh(_statistics);
        return prepared;
    }

    private (int Name, NameScore Score) BestName(PreparedName query, int entity, NameSketch? querySketch = null, double reachable = 0,
        RetrievalBuffer? retrieved = null)
    {
        var bestName = -1;
        NameScore best = default;
        var organisation = _organisation[entity];
        foreach (var name in _entityNames[entity])
        {
            // A name sharing no key, exact or near, with the query is left to the entity's names that do: they found
            // it, and they are its better names for this query (the exhaustive mode still scores every name).
            if (retrieved is not null && retrieved.ScoreOf(name) <= 0) continue;
            // A name below reach never decides the outcome: the entity is dropped whether it or another weak name wins.
            if (querySketch is not null && NameScoreBound.Of(query, querySketch, _names[name], _sketches[name], organisation, reachable) < reachable) continue;
            var score = NameAligner.Score(query, _names[name], organisation);
            // A strong name wins a tie with a weak alias: it is the better reason to show.
            if (Effective(score) > Effective(best) ||
                (score.Score > 0 && Effective(score) == Effective(best) && bestName >= 0 && _nameSources[bestName].Strength == NameStrength.Weak))
            {
                best = score;
                bestName = name;
            }
        }
        return (bestName, best);
    }

    // Names are compared as the features will see them: a broken order costs its penalty.
    private static double Effective(NameScore s) => s.Effective;

    private static bool IsOrganisation(EntityKind kind) => kind is EntityKind.Organization;

    private static double Combine(in ScoringContext context, List<FeatureContribution>? explain)
    {
        var total = 0.0;
        foreach (var feature in Algorithm.Features)
        {
            var value = feature.Compute(context);
            if (value.Value == 0) continue;
            var contribution = feature.Weight * value.Value;
            total += contribution;
            explain?.Add(new FeatureContribution(feature.Id, feature.Weight, value.Value, contribution, value.Detail ?? Describe(feature.Id, context)));
        }
        // Token weights are floats: a score that is exactly a threshold (0.9 · 2 / 2.25 = 0.8) comes out a hair under
        // it (0.79999999). Six places are all a score means; rounded there, it meets the threshold it equals.
        return Math.Clamp(Math.Round(total, 6), 0, 1);
    }

    private MatchExplanation Explain(MatchQuery query, PreparedName prepared, int entity, int name, NameScore nameScore, double score)
    {
        var entry = _entries[entity];
        var alignment = new List<TokenPair>();
        NameAligner.Align(prepared, _names[name], IsOrganisation(entry.Kind), alignment);
        var features = new List<FeatureContribution>();
        Combine(ScoringContext.Create(query, entry, _facts[entity].Countries, _nameSources[name], nameScore), features);
        return new MatchExplanation(query.Name, _nameSources[name].Full, alignment, features, score);
    }

    private static string Describe(string featureId, in ScoringContext context) => featureId switch
    {
        "name_similarity" => $"'{context.Query.Name}' against '{context.MatchedName.Full}'",
        _ => featureId,
    };

    private int[] ByIdentifier(MatchQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.IdNumber)) return [];
        return _identifiers.GetValueOrDefault(Identifiers.Normalize(query.IdNumber)) ?? [];
    }

    private static Dictionary<string, int[]> IndexIdentifiers(List<ListEntry> entries)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var (_, number) in Identifiers.Of(entries[i]))
            {
                var key = Identifiers.Normalize(number);
                if (key.Length < 4) continue;
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
        return map.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private List<int> AllEntities()
    {
        var all = new List<int>(_entries.Length);
        for (var i = 0; i < _entries.Length; i++) all.Add(i);
        return all;
    }

    // Candidate names share query keys (exactly or within an edit); each query token counts once per name.
    private List<int> Retrieve(PreparedName query, RetrievalBuffer buffer)
    {
        var anyRare = false;
        for (var i = 0; i < query.Length; i++)
        {
            if (query.Roles[i] == TokenRole.Word && !_statistics.IsVeryCommon(query.Keys[i])) anyRare = true;
        }
        for (var i = 0; i < query.Length; i++)
        {
            var key = query.Keys[i];
            var exact = _candidates.Find(key);
            if (anyRare && exact is { VeryCommon: true }) continue;
            var bit = 1UL << Math.Min(i, 63);
            if (exact is not null) buffer.Add(exact.Names, query.Weights[i], bit);
            // Near keys two edits away are no evidence (the deletion neighbourhood holds some: iang and iran share ian), and
            // short syllables' neighbours would flood (yang, tian: Iran, Ivan); see NearKeysWithinReach.
            foreach (var k in _candidates.NearKeysWithinReach(key)) buffer.Add(k.Names, query.Weights[i] * (float)Tuning.PhoneticSimilarity, bit);
            if (i + 1 < query.Length)
            {
                var joined = NameText.Key(query.Tokens[i] + query.Tokens[i + 1]);
                buffer.Add(_candidates.Names(joined), query.Weights[i] + query.Weights[i + 1], bit | (1UL << Math.Min(i + 1, 63)));
            }
        }
        var minimum = (float)(Tuning.MinRetrievalShare * Math.Max(query.WordWeight, 1e-3f));
        var names = buffer.TakeTop(minimum, query.WritesOpenSyllables ? Tuning.MaxCandidateNamesOpenSyllables : Tuning.MaxCandidateNames);
        var entities = new List<int>(names.Count);
        var seenEntities = buffer.SeenEntities;
        seenEntities.Clear();
        foreach (var name in names)
        {
            if (seenEntities.Add(_nameEntity[name])) entities.Add(_nameEntity[name]);
        }
        return entities;
    }
}
