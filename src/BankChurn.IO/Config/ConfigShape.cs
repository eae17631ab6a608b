using System.Collections.Immutable;

namespace BankChurn.IO.Config;

/// <summary>What may stand at one place of report.config.yaml: a single value, a list or a section of keys.</summary>
internal abstract record ConfigShape
{
    /// <summary>What the user should write here, in words, for "expected …, found …" messages.</summary>
    public abstract string Expected { get; }
}

/// <summary>A single value (text, number, date); its meaning is checked later, when the settings are built.</summary>
internal sealed record ScalarShape(string Description) : ConfigShape
{
    public override string Expected => "a single value (" + Description + ")";
}

/// <summary>A list whose items all have the same shape.</summary>
internal sealed record ListShape(ConfigShape Item, string Description) : ConfigShape
{
    public override string Expected => "a list (" + Description + ")";
}

/// <summary>A section: a fixed set of keys, some of them required.</summary>
/// <param name="KeyNoun">What the keys are called in messages ("key", or "canonical column" for input.columns).</param>
internal sealed record MapShape(ImmutableArray<KeyShape> Keys, string Description, string KeyNoun = "key") : ConfigShape
{
    public override string Expected => "a section of keys (" + Description + ")";

    public IEnumerable<string> Names => Keys.Select(k => k.Name);

    public KeyShape? Find(string name) => Keys.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));
}

/// <summary>One key of a section and the shape of its value, with what docs/config.md says about it.</summary>
/// <param name="Meaning">What the key does, in a sentence or two.</param>
/// <param name="Default">The value a left-out key takes, as YAML (so a test can write it back and get the same settings), or null when the key is required or has no single default.</param>
/// <param name="Example">A value worth showing, as YAML, when the allowed values alone do not make it obvious.</param>
internal sealed record KeyShape(string Name, ConfigShape Value, bool Required = false, string Meaning = "", string? Default = null, string? Example = null);
