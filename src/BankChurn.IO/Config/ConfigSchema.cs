using BankChurn.Core.Clients;

namespace BankChurn.IO.Config;

/// <summary>
/// Every key report.config.yaml may contain, by section. Unknown keys are mistakes (a misspelt key would
/// otherwise silently fall back to its default), so a new setting starts here, in <see cref="ConfigDto"/>
/// and in <see cref="ConfigSettings"/>.
/// </summary>
internal static class ConfigSchema
{
    public static MapShape Root { get; } = Section(
        "the sections report, input, cleaning, analysis, value, hypotheses, output and seed",
        new KeyShape("report", Section(
            "the report's period, language and look",
            Key("period", "a month as yyyy-MM"),
            Key("language", "ru or en"),
            Key("bank_name", "text"),
            Key("confidentiality", "text"),
            Key("generated_at", "an ISO 8601 timestamp"),
            Key("brand_color", "a colour as \"#RRGGBB\""),
            Key("font_family", "a font family name"),
            Key("pdf_license_file", "a file path"))),
        new KeyShape("input", Section(
            "where the client table is and how to read it",
            Key("path", "a file path"),
            Key("encoding", "auto, utf-8 or windows-1251"),
            Key("separator", "auto, \",\", \";\" or tab"),
            Key("decimal_mark", "auto, \".\" or \",\""),
            Key("on_invalid_row", "fail or skip"),
            Key("max_reported_problems", "a whole number"),
            new KeyShape("columns", new MapShape(
                [.. ClientSchema.Names.Select(name => Key(name, "the column's header in the file"))],
                "canonical column: header in the file",
                KeyNoun: "canonical column")))),
        new KeyShape("cleaning", Section(
            "exclusions and the duplicate user_id policy",
            new KeyShape("exclude", new ListShape(
                Section(
                    "rule and reason",
                    new KeyShape("rule", new ScalarShape("a rule over canonical columns, e.g. products == 0"), Required: true),
                    new KeyShape("reason", new ScalarShape("text"), Required: true)),
                "items with rule and reason")),
            Key("duplicate_user_ids", "keep, keep_first or drop_all"))),
        new KeyShape("analysis", Section(
            "which columns the analysis uses and how it bins and tests them",
            new KeyShape("categorical", new ListShape(new ScalarShape("a canonical column"), "canonical columns analysed by level")),
            new KeyShape("continuous", new ListShape(new ScalarShape("a canonical numeric column"), "canonical numeric columns analysed as distributions")),
            Key("quantile_bins", "a whole number from 2 to 50"),
            Key("histogram_bins", "a whole number from 2 to 200"),
            Key("kde_bandwidth", "scott or silverman"),
            Key("phik_binning", "quantile or uniform"),
            Key("prone_alpha", "a significance level between 0 and 0.5"))),
        new KeyShape("value", Section(
            "the client-value metric",
            Key("formula", "a formula over canonical columns, e.g. coalesce(balance, 0) * 0.03 + products * 1500"),
            Key("description", "text"))),
        new KeyShape("hypotheses", new ListShape(
            Section(
                "id, title, metric, group_a, group_b, test and alpha",
                new KeyShape("id", new ScalarShape("a snake_case identifier"), Required: true),
                new KeyShape("title", new ScalarShape("text"), Required: true),
                new KeyShape("metric", new ScalarShape("a column or formula, e.g. est_salary or churn"), Required: true),
                new KeyShape("group_a", Group(), Required: true),
                new KeyShape("group_b", Group(), Required: true),
                Key("test", "auto, welch_t, mann_whitney, chi2 or two_proportion_z"),
                Key("alpha", "a significance level between 0 and 0.5")),
            "items with id, title, metric, group_a, group_b, test and alpha")),
        new KeyShape("output", Section("where outputs go", Key("folder", "a folder path"))),
        Key("seed", "a whole number"));

    private static MapShape Group() => Section(
        "name and rule",
        new KeyShape("name", new ScalarShape("text"), Required: true),
        new KeyShape("rule", new ScalarShape("a rule over canonical columns, e.g. churn == 1"), Required: true));

    private static MapShape Section(string description, params KeyShape[] keys) => new([.. keys], description);

    private static KeyShape Key(string name, string description) => new(name, new ScalarShape(description));
}
