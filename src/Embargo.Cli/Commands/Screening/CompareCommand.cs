using System.CommandLine;
using System.Globalization;
using Embargo.Cli.Output;
using Embargo.Hosting;
using Embargo.Hosting.Output;
using Embargo.Matching;

namespace Embargo.Cli.Commands.Screening;

/// <summary>
/// <c>embargo compare NAME1 NAME2 [--type T] [--json]</c>: the pairwise score and its explanation, with token
/// rarity taken from the active lists. Exits with 1 when the names match.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var first = new Argument<string>("NAME1") { Description = "The query name." };
        var second = new Argument<string>("NAME2") { Description = "The listed name." };
        var type = new Option<string?>("--type") { Description = "person, organization, vessel or aircraft." };
        var threshold = new Option<double>("--threshold") { Description = "Score at or above which the names match.", DefaultValueFactory = _ => Tuning.DefaultThreshold };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("compare", "Score two names against each other and explain the score.") { first, second, type, threshold, json };
        command.SetAction((parseResult, ct) => CommandRunner.RunAsync(console, globals, parseResult, async (engine, token) =>
        {
            var index = await engine.Screening.GetIndexAsync(token);
            var kind = QueryOptions.ParseKind(parseResult.GetValue(type)) ?? Core.Model.EntityKind.Unknown;
            var result = NameComparer.Compare(parseResult.GetValue(first)!, parseResult.GetValue(second)!, kind, parseResult.GetValue(threshold), index.Index);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(console.Out, MatchJson.Compare(result));
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Score:F3}  {(result.IsMatch ? "MATCH" : "no match")}"));
                MatchRenderer.WriteExplanation(console.Out, result.Explanation, "  ");
            }
            return result.IsMatch ? ExitCodes.Findings : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
