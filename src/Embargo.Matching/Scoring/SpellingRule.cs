namespace Embargo.Matching.Scoring;

/// <summary>
/// One way a romanised native spelling differs from a Latin spelling of the same name: <see cref="Native"/> in
/// the romanisation is written <see cref="Latin"/> in the Latin spelling, at <see cref="Cost"/> (a consonant
/// written differently costs 1). sh → ch costs little (Chérif, شريف sharif); nothing is free but a rule's exact
/// equivalents (f → ph).
/// </summary>
internal readonly record struct SpellingRule(string Native, string Latin, float Cost);
