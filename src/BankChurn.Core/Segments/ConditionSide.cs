namespace BankChurn.Core.Segments;

/// <summary>
/// Which end of a column a condition picks, so the action catalogue can tell "has a credit card" from "has none":
/// <see cref="High"/> is a range open at the top or the level 1 of a 0/1 column; <see cref="Low"/> the opposite.
/// </summary>
public enum ConditionSide
{
    Any,
    Low,
    Middle,
    High,
}
