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
        "the sections report, input, cleaning, analysis, value, hypotheses, segments, deck, model, campaign, comparison, output and seed",
        new KeyShape("report", Section(
            "the report's period, language and look",
            Key("period", "a month as yyyy-MM"),
            Key("language", "ru or en"),
            Key("bank_name", "text"),
            Key("confidentiality", "text"),
            Key("generated_at", "an ISO 8601 timestamp"),
            Key("brand_color", "a colour as \"#RRGGBB\""),
            Key("font_family", "a font family name"),
            Key("pdf_license_file", "a file path"),
            Key("templates", "a folder path"),
            Key("churn_window", "the period the churn flag covers, as the deck should say it, e.g. \"за 3 месяца\""),
            Key("churn_window_en", "the same in English decks, e.g. \"in the last 3 months\""))),
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
            Key("prone_alpha", "a significance level between 0 and 0.5"),
            new KeyShape("min_effect", Section(
                "the smallest effects a hypothesis must show to be confirmed",
                Key("cohens_d", "a number from 0 to 5, e.g. 0.2"),
                Key("rank_biserial", "a number from 0 to 1, e.g. 0.1"),
                Key("cohens_h", "a number from 0 to 3.15, e.g. 0.2"))))),
        new KeyShape("value", Section(
            "the client-value metric",
            Key("formula", "a formula over canonical columns, e.g. coalesce(balance, 0) * 0.03 + products * 1500"),
            Key("description", "text"))),
        new KeyShape("hypotheses", new ListShape(
            Section(
                "id, title, title_en, metric, group_a, group_b, test, direction and alpha",
                new KeyShape("id", new ScalarShape("a snake_case identifier"), Required: true),
                new KeyShape("title", new ScalarShape("text"), Required: true),
                Key("title_en", "the title in English decks (default: title)"),
                new KeyShape("metric", new ScalarShape("a column or formula, e.g. est_salary or churn"), Required: true),
                new KeyShape("group_a", Group(), Required: true),
                new KeyShape("group_b", Group(), Required: true),
                Key("test", "auto, welch_t, mann_whitney, chi2 or two_proportion_z"),
                Key("direction", "two_sided, a_greater or a_less"),
                Key("alpha", "a significance level between 0 and 0.5")),
            "items with id, title, title_en, metric, group_a, group_b, test, direction and alpha")),
        new KeyShape("segments", Section(
            "defined segments, discovery, the action catalogue and priorities",
            new KeyShape("defined", new ListShape(
                Section(
                    "id, name, name_en, goal, rule, actions, priority and compare_subgroups",
                    new KeyShape("id", new ScalarShape("a snake_case identifier"), Required: true),
                    new KeyShape("name", new ScalarShape("text"), Required: true),
                    Key("name_en", "the name in English decks (default: name)"),
                    new KeyShape("goal", new ScalarShape("retention or acquisition"), Required: true),
                    new KeyShape("rule", new ScalarShape("a rule over canonical columns"), Required: true),
                    new KeyShape("actions", new ListShape(new ScalarShape("a sentence"), "recommended actions, one sentence each")),
                    Key("priority", "a whole number (1 = first)"),
                    Key("compare_subgroups", "true or false")),
                "segments with id, name, goal and rule")),
            new KeyShape("discovery", Section(
                "how segments are searched for",
                Key("enabled", "true or false"),
                Key("max_conditions", "a whole number from 1 to 4"),
                Key("min_size", "a whole number of clients"),
                Key("beam_width", "a whole number from 1 to 1000"),
                Key("top_k", "a whole number from 0 to 50"),
                Key("max_overlap", "a share between 0 and 1"),
                Key("mode", "beam or exhaustive"),
                Key("alpha", "a significance level between 0 and 0.5"),
                Key("holdout_share", "a share between 0.1 and 0.9"),
                Key("max_share", "a share from 0.01 to 1"))),
            new KeyShape("catalogue", new ListShape(
                Section(
                    "column, side and actions",
                    new KeyShape("column", new ScalarShape("a canonical column"), Required: true),
                    Key("side", "any, low, middle or high"),
                    new KeyShape("actions", new ListShape(new ScalarShape("a sentence"), "recommended actions"), Required: true)),
                "items with column, side and actions")),
            Key("priority_metric", "excess_churners or value_at_risk"),
            Key("detail_slides", "a whole number from 0 to 10"),
            new KeyShape("client_list", Section(
                "what the workbook's client lists show",
                new KeyShape("columns", new ListShape(new ScalarShape("a canonical column"), "canonical columns shown for each client (personal data: list only what campaigns need)")),
                Key("max_rows", "a whole number of rows, 0 for no client lists"))))),
        new KeyShape("deck", Section(
            "the slides of the deck and the logo",
            new KeyShape("slides", new ListShape(new ScalarShape("a slide kind, e.g. churn_overview"), "slide kinds in the order the deck shows them")),
            Key("logo", "a PNG or JPEG file path"))),
        new KeyShape("model", Section(
            "the per-client churn model",
            new KeyShape("exclude", new ListShape(new ScalarShape("a canonical column"), "canonical columns the model leaves out")),
            Key("sample_rows", "a whole number of clients, 1000 or more"))),
        new KeyShape("campaign", Section(
            "the retention campaign plan",
            Key("budget", "a whole number of clients, or null for 20 % of current clients"),
            Key("contact_cost", "a number, 0 or more"),
            Key("save_rate", "a share from 0 to 1"),
            Key("control_share", "a share from 0 to 0.9"))),
        new KeyShape("comparison", Section("month over month", Key("previous_results", "a file path, or null for <output folder>/<previous month>/results.json"))),
        new KeyShape("output", Section("where outputs go", Key("folder", "a folder path"))),
        Key("seed", "a whole number"));

    private static MapShape Group() => Section(
        "name, name_en and rule",
        new KeyShape("name", new ScalarShape("text"), Required: true),
        Key("name_en", "the name in English decks (default: name)"),
        new KeyShape("rule", new ScalarShape("a rule over canonical columns, e.g. churn == 1"), Required: true));

    private static MapShape Section(string description, params KeyShape[] keys) => new([.. keys], description);

    private static KeyShape Key(string name, string description) => new(name, new ScalarShape(description));
}
