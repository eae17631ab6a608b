using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// A checked boolean rule over canonical columns ("gender == 'Ж' and age between 35 and 50"),
/// evaluated column-wise into a <see cref="RowSet"/>.
/// </summary>
public sealed class Rule
{
    private Rule(string text, string owner)
    {
        Text = text;
        Owner = owner;
    }

    /// <summary>The rule as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>Who the rule belongs to, for messages ("segment 'Женщины 35–50'").</summary>
    public string Owner { get; }

    /// <summary>Parses and checks <paramref name="text"/>; a mistake is an <see cref="InputException"/> naming the owner, the position and what was expected.</summary>
    public static Rule Parse(string text, string owner, SourceLocation location) =>
        throw new NotImplementedException("Rule language: see issue 2.");

    /// <summary>The rows of <paramref name="table"/> for which the rule holds. A comparison with a missing value is false.</summary>
    public RowSet Evaluate(ClientTable table) => throw new NotImplementedException();

    public override string ToString() => Text;
}
