namespace Repro.Harness;

/// <summary>
/// Bad input from the user: the CLI prints <see cref="Exception.Message"/> (one line, naming the
/// field and what is allowed) to stderr and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
public class UsageException : Exception
{
    /// <summary>A one-line message of the form "<paramref name="field"/>: <paramref name="problem"/>".</summary>
    public UsageException(string field, string problem, Exception? inner = null)
        : base(OneLine($"{field}: {problem}"), inner)
        => Field = field;

    /// <summary>The option, argument or file field the problem is about (e.g. "--jobs", "git.commit").</summary>
    public string Field { get; }

    /// <summary>"<paramref name="field"/>: <paramref name="value"/> is out of range (allowed: <paramref name="allowed"/>)".</summary>
    public static UsageException OutOfRange(string field, object? value, string allowed)
        => new(field, $"{value ?? "null"} is out of range (allowed: {allowed})");

    /// <summary>Messages go to a terminal as a single line, so embedded line breaks are flattened.</summary>
    private static string OneLine(string text)
        => text.ReplaceLineEndings(" ");
}
