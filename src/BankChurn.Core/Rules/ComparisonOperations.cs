namespace BankChurn.Core.Rules;

/// <summary>
/// A comparison as a static method on a struct, so that generic loops over it are specialised and inlined by the JIT
/// (no delegate call per row).
/// </summary>
internal interface ICompareOperation
{
    static abstract bool Test(double a, double b);
}

internal readonly struct EqualOperation : ICompareOperation
{
    public static bool Test(double a, double b) => a == b;
}

internal readonly struct NotEqualOperation : ICompareOperation
{
    public static bool Test(double a, double b) => a != b;
}

internal readonly struct LessOperation : ICompareOperation
{
    public static bool Test(double a, double b) => a < b;
}

internal readonly struct LessOrEqualOperation : ICompareOperation
{
    public static bool Test(double a, double b) => a <= b;
}

internal readonly struct GreaterOperation : ICompareOperation
{
    public static bool Test(double a, double b) => a > b;
}

internal readonly struct GreaterOrEqualOperation : ICompareOperation
{
    public static bool Test(double a, double b) => a >= b;
}
