namespace BankChurn.IO.Config;

/// <summary>Finds the valid key a misspelt one was most likely meant to be.</summary>
internal static class KeySuggestion
{
    /// <summary>
    /// The valid key nearest to <paramref name="given"/> by edit distance, if it is close enough to be a typo
    /// (at most a third of the key's letters, and at least 2, so "lang" → "language" is not guessed but "bank_nme" is);
    /// otherwise null and the caller lists every valid key.
    /// </summary>
    public static string? Nearest(string given, IEnumerable<string> valid)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in valid)
        {
            int distance = Levenshtein(given, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        int allowed = Math.Max(2, Math.Max(given.Length, best?.Length ?? 0) / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Edit distance (insertions, deletions, substitutions), case-insensitive since "Bank_Name" is a typo too.</summary>
    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
