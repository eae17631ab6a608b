namespace BankChurn.Core.Rules;

/// <summary>A binary arithmetic operation as a static method on a struct, specialised by the JIT in generic loops.</summary>
internal interface IArithmeticOperation
{
    static abstract double Apply(double a, double b);

    /// <summary>The operation in PostgreSQL over two SQL expressions that are NULL when missing; the result is NULL when either is.</summary>
    static abstract string Sql(string a, string b);
}

internal readonly struct AddOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a + b;

    public static string Sql(string a, string b) => "(" + a + " + " + b + ")";
}

internal readonly struct SubtractOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a - b;

    public static string Sql(string a, string b) => "(" + a + " - " + b + ")";
}

internal readonly struct MultiplyOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a * b;

    public static string Sql(string a, string b) => "(" + a + " * " + b + ")";
}

/// <summary>x / 0 gives ±Infinity or NaN here; the arithmetic node turns every non-finite result into a missing value (in SQL, NULLIF makes it NULL instead of an error).</summary>
internal readonly struct DivideOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => a / b;

    public static string Sql(string a, string b) => "(" + a + " / NULLIF(" + b + ", 0))";
}

internal readonly struct MinOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => Math.Min(a, b);

    // LEAST and GREATEST skip NULLs; the language's min is missing when either argument is.
    public static string Sql(string a, string b) => "(CASE WHEN " + a + " IS NULL OR " + b + " IS NULL THEN NULL ELSE LEAST(" + a + ", " + b + ") END)";
}

internal readonly struct MaxOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => Math.Max(a, b);

    public static string Sql(string a, string b) => "(CASE WHEN " + a + " IS NULL OR " + b + " IS NULL THEN NULL ELSE GREATEST(" + a + ", " + b + ") END)";
}

/// <summary>abs(x), written as a binary operation whose right operand is ignored so that it reuses the same loop.</summary>
internal readonly struct AbsOperation : IArithmeticOperation
{
    public static double Apply(double a, double b) => Math.Abs(a);

    public static string Sql(string a, string b) => "abs(" + a + ")";
}
