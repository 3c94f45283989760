namespace Repro.Harness.Tests.Reliability;

/// <summary>One row of bad-input.tsv.</summary>
/// <param name="Setup">What to arrange in the working folder first: "-", store-is-file, results-is-file, manifest-is-dir, unwritable.</param>
/// <param name="Arguments">The command line, with placeholders ({out}, {file}, {empty}, {long-name}, {long-path}).</param>
/// <param name="Field">Text the stderr line must contain: the option, argument or command at fault.</param>
/// <param name="Allowed">Text the line must also contain: what is allowed (empty when it cannot be known in advance).</param>
internal sealed record BadInputCase(string Name, string Setup, string[] Arguments, string Field, string Allowed)
{
    public const string CorpusFile = "bad-input.tsv";

    public static IReadOnlyList<BadInputCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Reliability", CorpusFile);
        var cases = new List<BadInputCase>();
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string[] columns = line.Split('\t');
            if (columns.Length != 5) throw new FormatException($"{CorpusFile}: '{line}' has {columns.Length} columns, not 5");
            string[] arguments = columns[2].Length == 0 ? [] : columns[2].Split(' ');
            cases.Add(new BadInputCase(columns[0], columns[1], arguments, columns[3], columns[4]));
        }
        return cases;
    }

    /// <summary>The arguments with placeholders resolved against the case's working folder.</summary>
    public string[] Resolve(string root) => [.. Arguments.Select(argument => argument
        .Replace("{out}", Path.Combine(root, "out"))
        .Replace("{file}", Path.Combine(root, "a-file"))
        .Replace("{empty}", "")
        .Replace("{long-name}", Path.Combine(root, new string('n', 300)))
        .Replace("{long-path}", Path.Combine([root, .. Enumerable.Repeat("abcdefghij", 420)])))];

    public override string ToString() => Name;
}
