using BankChurn.Core.Clients;
using NpgsqlTypes;

namespace BankChurn.IO.Postgres;

/// <summary>How a column's value travels in the binary COPY stream: as an 8-byte integer, a double or text.</summary>
internal enum WireType
{
    Int8,
    Float8,
    Text,
}

/// <summary>
/// A canonical column bound to a database column: its real name (quoted in SQL), its declared type, and the cast that
/// brings every accepted type to one wire type. Numbers travel as double precision because that is what the CSV
/// reader makes of the same text (PostgreSQL's numeric-to-double conversion rounds correctly, as double.Parse does).
/// </summary>
internal sealed record DatabaseColumn(CanonicalColumn Column, string Name, string TypeName, WireType Wire)
{
    /// <summary>The SELECT expression: the quoted column, cast to <see cref="Wire"/>.</summary>
    public string Expression => Wire switch
    {
        WireType.Int8 => PostgresSql.Identifier(Name) + "::int8",
        WireType.Text => PostgresSql.Identifier(Name) + "::text",
        // A boolean flag (credit_card, churn) has no direct cast to double precision; through integer it is 0 or 1.
        _ => PostgresSql.Identifier(Name) + (TypeName == "boolean" ? "::int4::float8" : "::float8"),
    };

    /// <summary>The wire type for <paramref name="column"/> stored as <paramref name="type"/>, or null when that type cannot hold it.</summary>
    public static WireType? WireFor(CanonicalColumn column, NpgsqlDbType? type)
    {
        bool whole = type is NpgsqlDbType.Smallint or NpgsqlDbType.Integer or NpgsqlDbType.Bigint;
        bool number = whole || type is NpgsqlDbType.Real or NpgsqlDbType.Double or NpgsqlDbType.Numeric;
        bool text = type is NpgsqlDbType.Text or NpgsqlDbType.Varchar or NpgsqlDbType.Char or NpgsqlDbType.Citext or NpgsqlDbType.Name;
        return column.Kind switch
        {
            ColumnKind.Identifier when whole => WireType.Int8,
            ColumnKind.Identifier when number => WireType.Float8,
            ColumnKind.Category when text => WireType.Text,
            ColumnKind.Numeric or ColumnKind.Target when number => WireType.Float8,
            ColumnKind.Numeric or ColumnKind.Target when type == NpgsqlDbType.Boolean && column.Binary => WireType.Float8,
            _ => null,
        };
    }

    /// <summary>The types a column of this kind accepts, for the message about a wrong one.</summary>
    public static string Accepted(CanonicalColumn column) => column.Kind switch
    {
        ColumnKind.Identifier => "a whole number (bigint, integer, smallint, or numeric without a fraction)",
        ColumnKind.Category => "text (text, varchar or char)",
        _ when column.Binary => "a number (integer, smallint, bigint, numeric, real or double precision) or boolean",
        _ => "a number (integer, smallint, bigint, numeric, real or double precision)",
    };
}
