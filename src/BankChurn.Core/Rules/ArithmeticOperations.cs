namespace BankChurn.Core.Rules;

/// <summary>A binary arithmetic operation as a static method on a struct, specialised by the JIT in generic loops.</summary>
internal interface IArithmeticOperation
{
    static abstract double Apply(double a, double b);
}

internal readonly struct AddOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a + b;
}

internal readonly struct SubtractOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a - b;
}

internal readonly struct MultiplyOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a * b;
}

/// <summary>x / 0 gives ±Infinity or NaN here; the arithmetic node turns every non-finite result into a missing value.</summary>
internal readonly struct DivideOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a / b;
}

internal readonly struct MinOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => Math.Min(a, b);
}

internal readonly struct MaxOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => Math.Max(a, b);
}

/// <summary>abs(x), written as a binary operation whose right operand is ignored so that it reuses the same loop.</summary>
internal readonly struct AbsOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => Math.Abs(a);
}
