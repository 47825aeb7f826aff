namespace Embargo.Hosting.Batch;

/// <summary>
/// Guesses a delimited file's delimiter (comma, semicolon, tab or bar) from its first lines: the candidate that
/// splits the header most often, preferring one that splits the next line as often. Quoted text is not counted.
/// </summary>
public static class DelimiterSniffer
{
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    public static char Sniff(ReadOnlySpan<char> text)
    {
        var header = Counts(ref text);
        var next = Counts(ref text);
        var best = ',';
        var bestScore = 0;
        for (var i = 0; i < Candidates.Length; i++)
        {
            if (header[i] == 0) continue;
            // A delimiter that splits the second line into as many fields as the header is worth much more.
            var score = header[i] * 2 + (header[i] == next[i] ? 1000 : 0);
            if (score > bestScore)
            {
                best = Candidates[i];
                bestScore = score;
            }
        }
        return best;
    }

    // Counts candidates on the next logical line (quoted line breaks do not end it) and advances past it.
    private static int[] Counts(ref ReadOnlySpan<char> text)
    {
        var counts = new int[Candidates.Length];
        var inQuotes = false;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c is '\n' or '\r') break;
            else if (!inQuotes)
            {
                var k = Array.IndexOf(Candidates, c);
                if (k >= 0) counts[k]++;
            }
        }
        while (i < text.Length && text[i] is '\n' or '\r') i++;
        text = text[i..];
        return counts;
    }
}
