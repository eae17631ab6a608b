using BankChurn.Core.Clients;

namespace BankChurn.IO.Config;

/// <summary>
/// Every key report.config.yaml may contain, by section, with its meaning, default and allowed values. Unknown keys are
/// mistakes (a misspelt key would otherwise silently fall back to its default), so a new setting starts here, in
/// <see cref="ConfigDto"/> and in <see cref="ConfigSettings"/>. docs/config.md is generated from this table
/// (<see cref="ConfigReference"/>), and a test writes every documented default back into a config and checks it changes
/// nothing, so the documentation cannot drift from the code.
/// </summary>
internal static class ConfigSchema
{
    /// <summary>Keys earlier versions read and this one does not, by full path, with what to do instead.</summary>
    public static IReadOnlyDictionary<string, string> Retired { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["report.pdf_license_file"] = "It is no longer needed: the PDF library is now MIT-licensed and takes no licence file. Delete the line.",
    };

    public static MapShape Root { get; } = Section(
        "the sections report, input, cleaning, analysis, value, hypotheses, segments, deck, model, campaign, comparison, output and seed",
        new KeyShape("report", Section(
            "the report's period, language and look",
            Key("period", "a month as yyyy-MM", "The reporting month; it names the output folder <output.folder>/<period>/ and the deck's title. null: the last closed month (a run on 3 December reports November); the run summary says which period was chosen and why. --period overrides it for one run.", "null", "2026-11"),
            Key("language", "ru or en", "Language of the deck, the workbook, the run summary and the number formats (ru: 1 234,5 and 18,2 %; en: 1,234.5 and 18.2%).", "ru"),
            Key("bank_name", "text", "The bank's name on the title slide and in the workbook.", "\"Метанпромбанк\""),
            Key("confidentiality", "text", "The footer of every slide; \"\" for none.", "\"Конфиденциально. Для внутреннего использования\""),
            Key("generated_at", "an ISO 8601 timestamp", "The timestamp written into the outputs. null: the time of the run. Pin it to get byte-identical outputs when re-running; without an offset it is UTC.", "null", "2026-12-03T09:00:00+03:00"),
            Key("brand_color", "a colour as \"#RRGGBB\"", "Theme colour of the deck and the workbook's headers. Keep the quotes: an unquoted # starts a YAML comment.", "\"#1F4E79\""),
            Key("font_family", "a font family name", "Installed TrueType font family the deck is drawn with. It must have Cyrillic letters; validate and generate check this before reading any data and list the families that would do (Debian/Ubuntu: apt-get install fonts-dejavu-core).", "\"DejaVu Sans\""),
            Key("templates", "a folder path", "Folder of the slide and console templates (Handlebars), with one subfolder per language. Copy it to reword the deck; templates/README.md lists every variable and helper.", "templates"),
            Key("churn_window", "the period the churn flag covers, as the deck should say it, e.g. \"за 3 месяца\"", "The period the extract's churn flag covers, in Russian as the deck should say it. null: not stated, and the deck says clients were marked as churned instead of claiming when they left.", "null", "\"за 3 месяца\""),
            Key("churn_window_en", "the same in English decks, e.g. \"in the last 3 months\"", "The same for English decks. null: churn_window is shown.", "null", "\"in the last 3 months\"")),
            Meaning: "The report's period, language and look."),
        new KeyShape("input", Section(
            "where the client table is and how to read it",
            Key("kind", "csv or postgres", "Where the rows come from. csv: the file at input.path. postgres: input.table or input.query in a PostgreSQL-compatible database (Citus, Greenplum, a managed service), read with binary COPY; encoding, separator and decimal_mark then do not apply and path is not read.", "csv"),
            Key("path", "a file path", "The month's client table (CSV), relative to the config file's folder. --data overrides it for one run.", "data/clients.csv", "/data/extracts/clients_2026_11.csv"),
            Key("connection_env", "the name of an environment variable holding the connection string, e.g. BANKCHURN_PG", "postgres only. The environment variable that holds the Npgsql connection string. The config never holds the connection string or a password (a value with \"password=\" is refused).", "BANKCHURN_PG", "BANKCHURN_PG"),
            Key("table", "a table name, optionally schema-qualified, e.g. public.clients", "postgres only. The table or view with one row per client; give table or query, not both. A row's number in messages and results is its position in the order the database returns them.", "null", "public.clients"),
            Key("query", "a SELECT that supplies the client rows", "postgres only. A SELECT that supplies the client rows, instead of input.table.", "null", "\"SELECT * FROM dwh.clients_monthly WHERE period = '2026-10'\""),
            Key("pushdown_rows", "a whole number of rows", "postgres only. Up to this many rows the source is streamed into memory (about 0.4 GB per million rows); above it the counts and sums run as SQL in the database and the row-level figures on a seeded sample of model.sample_rows rows (results.json data.input.pushdown lists which).", "5000000"),
            Key("encoding", "auto, utf-8 or windows-1251", "Text encoding of the file. auto detects UTF-8 (with or without BOM) and Windows-1251.", "auto"),
            Key("separator", "auto, \",\", \";\" or tab", "Field separator. auto detects it from the header line.", "auto"),
            Key("decimal_mark", "auto, \".\" or \",\"", "Decimal mark of the numbers. auto detects it from the data.", "auto"),
            Key("on_invalid_row", "fail or skip", "What to do with a row that does not validate. fail: list every problem (line, column, value) and stop with exit code 1, writing nothing. skip: leave such rows out, write them to rejected_rows.csv and count them in the report.", "fail"),
            Key("max_reported_problems", "a whole number", "How many problems a failing run lists before it says \"and N more\".", "50"),
            Key("max_text_length", "a whole number from 10 to 10000", "The longest text value (a city, a gender, any category) kept whole; a longer one is cut to this many characters, the last being \"…\", as soon as it is read, so the deck, the workbook, results.json and the rules all see the cut value. A broken export or a free-text column cannot then stretch a slide, a sheet or a chart.", "120"),
            new KeyShape("columns", new MapShape(
                [.. ClientSchema.Names.Select(name => new KeyShape(name, new ScalarShape("the column's header in the file (or column in the database)"), Meaning: $"The header of the {name} column in the file, or its column in the database.", Default: name))],
                "canonical column: header in the file",
                KeyNoun: "canonical column"),
                Meaning: "Maps each canonical column to its header in the file; a column not listed is expected under its canonical name. Extra columns are ignored and column order does not matter.",
                Example: "{ user_id: USERID, est_salary: EST_SALARY }")),
            Meaning: "Where the client table is and how to read it."),
        new KeyShape("cleaning", Section(
            "exclusions and the duplicate user_id policy",
            new KeyShape("exclude", new ListShape(
                Section(
                    "rule and reason",
                    new KeyShape("rule", new ScalarShape("a rule over canonical columns, e.g. products == 0"), Required: true, Meaning: "Which rows to leave out, in the rule language (README, Rules).", Example: "\"products == 0\""),
                    new KeyShape("reason", new ScalarShape("text"), Required: true, Meaning: "Why, as the data-quality slide shows it.", Example: "\"Клиент без продуктов: ошибка выгрузки\"")),
                "items with rule and reason"),
                Meaning: "Rows to leave out of the analysis, each with a rule and a reason. Left out or []: every row is kept.",
                Default: "[]"),
            Key("duplicate_user_ids", "keep, keep_first or drop_all", "Rows sharing a user_id. keep: all of them (the real table's duplicates are different clients in different cities); keep_first: the first row of each id; drop_all: none of them. The report counts them either way.", "keep")),
            Meaning: "Rows left out of the analysis, and what to do with repeated user ids."),
        new KeyShape("analysis", Section(
            "which columns the analysis uses and how it bins and tests them",
            new KeyShape("categorical", new ListShape(new ScalarShape("a canonical column"), "canonical columns analysed by level"),
                Meaning: "Columns analysed level by level: churn share per level with its 95 % Wilson interval, lift against the average, a chi-square test with Cramér's V, and the share of each level in the portraits. Any category or whole-number column.",
                Default: "[city, gender, products, equity, credit_card, last_activity]"),
            new KeyShape("continuous", new ListShape(new ScalarShape("a canonical numeric column"), "canonical numeric columns analysed as distributions"),
                Meaning: "Columns analysed as distributions: churned against retained (Mann–Whitney, Cohen's d, KDE curves), churn share by quantile bin, churn-prone ranges, means in the portraits.",
                Default: "[score, age, balance, est_salary]"),
            Key("quantile_bins", "a whole number from 2 to 50", "Quantile bins of the churn share by bin. Bins whose cut points coincide (many equal values) are merged.", "10"),
            Key("max_levels", "a whole number from 2 to 200", "The most levels a category column keeps; the rarest beyond it are grouped as \"Прочие (ещё N)\" / \"Other (N more)\", so a free-text or many-branch column cannot blow up time or memory.", "30"),
            Key("histogram_bins", "a whole number from 2 to 200", "Bins of the churned-against-retained histograms.", "30"),
            Key("kde_bandwidth", "scott or silverman", "Bandwidth rule of the kernel density (KDE) curves.", "scott"),
            Key("phik_binning", "quantile or uniform", "How numbers are binned for the φK correlation matrix and driver ranking. quantile: 10 quantile bins with \"missing\" as its own level (keeps balance visible as a driver); uniform: 10 equal-width bins, missing dropped (the phik library's own figures).", "quantile"),
            Key("prone_alpha", "a significance level between 0 and 0.5", "Level of the churn-prone range test: a quantile bin is churn-prone when it churns more than the rest of the base (one-sided two-proportion z, Holm over every bin of every continuous column). A month without real differences then shows a churn-prone range about once in 1/prone_alpha months.", "0.05"),
            new KeyShape("min_effect", Section(
                "the smallest effects a hypothesis must show to be confirmed",
                Key("cohens_d", "a number from 0 to 5, e.g. 0.2", "Smallest |difference of means| / pooled standard deviation (Welch's t) for a confirmed hypothesis.", "0.2"),
                Key("rank_biserial", "a number from 0 to 1, e.g. 0.1", "Smallest |rank-biserial r| (Mann–Whitney): how much more often a client of A is above one of B than below.", "0.1"),
                Key("cohens_h", "a number from 0 to 3.15, e.g. 0.2", "Smallest |2·asin√p_A − 2·asin√p_B| for two shares (churn, for example).", "0.2")),
                Meaning: "The smallest effect a hypothesis must show to be \"confirmed\"; a significant effect below it is \"negligible\" (real but unimportant: with thousands of clients, 0.6 years of age is significant). Cohen's conventional small effects.")),
            Meaning: "Which columns the analysis uses and how it bins and tests them."),
        new KeyShape("value", Section(
            "the client-value metric",
            Key("formula", "a formula over canonical columns, e.g. coalesce(balance, 0) * 0.03 + products * 1500", "Per-client value: the bank's estimated yearly income from the client, in roubles, in the rule language's arithmetic. A client whose formula needs a missing value (without coalesce) counts as 0; the report says how many.", "\"coalesce(balance, 0) * 0.03 + products * 1500 + credit_card * est_salary * 12 * 0.25 * 0.015\""),
            Key("description", "text", "One sentence shown in the deck under the value figures. An English report translates the default one itself.", "\"Оценка годового дохода банка от клиента: 3 % чистой процентной маржи на остаток, 1 500 ₽ комиссий в год за каждый продукт и 1,5 % интерчейнджа с покупок по кредитной карте (четверть годового дохода клиента)\"")),
            Meaning: "The client-value metric: value lost with churned clients and value at risk among current ones."),
        new KeyShape("hypotheses", new ListShape(
            Section(
                "id, title, title_en, metric, group_a, group_b, test, direction and alpha",
                new KeyShape("id", new ScalarShape("a snake_case identifier"), Required: true, Meaning: "Identifier used by results.json and the workbook.", Example: "income_churned_vs_retained"),
                new KeyShape("title", new ScalarShape("text"), Required: true, Meaning: "The claim, as the deck shows it; state the direction the test checks."),
                Key("title_en", "the title in English decks (default: title)", "The title in English decks. null: title."),
                new KeyShape("metric", new ScalarShape("a column or formula, e.g. est_salary or churn"), Required: true, Meaning: "What is compared: a column or a formula. A 0/1 metric such as churn is compared as a share."),
                new KeyShape("group_a", Group(), Required: true, Meaning: "The first group: name, name_en and rule.", Example: "{ name: \"Ушедшие\", name_en: \"Churned\", rule: \"churn == 1\" }"),
                new KeyShape("group_b", Group(), Required: true, Meaning: "The second group, the same way."),
                Key("test", "auto, welch_t, mann_whitney, chi2 or two_proportion_z", "The test. auto: shares → two-proportion z; numbers → Welch's t when both groups have 30+ clients and |skewness| ≤ 1, otherwise Mann–Whitney (ranks, robust to long tails such as incomes).", "auto"),
                Key("direction", "two_sided, a_greater or a_less", "What the title claims: two_sided (\"the groups differ\"), a_greater (\"A is higher\") or a_less (\"A is lower\"). The verdict is confirmed, opposite, negligible or not_shown.", "two_sided"),
                Key("alpha", "a significance level between 0 and 0.5", "Significance level; p-values are adjusted together over all hypotheses with Holm's method.", "0.05")),
            "items with id, title, title_en, metric, group_a, group_b, test, direction and alpha"),
            Meaning: "Statistical hypotheses, tested in this order, each comparing two groups of clients on a metric. Left out: none.",
            Default: "[]"),
        new KeyShape("segments", Section(
            "defined segments, discovery, the action catalogue and priorities",
            new KeyShape("defined", new ListShape(
                Section(
                    "id, name, name_en, goal, rule, actions, priority and compare_subgroups",
                    new KeyShape("id", new ScalarShape("a snake_case identifier"), Required: true, Meaning: "Identifier kept from month to month: the workbook and next month's comparison refer to it.", Example: "women_35_50_inactive"),
                    new KeyShape("name", new ScalarShape("text"), Required: true, Meaning: "The segment's name in the deck and the workbook."),
                    Key("name_en", "the name in English decks (default: name)", "The name in English decks. null: name."),
                    new KeyShape("goal", new ScalarShape("retention or acquisition"), Required: true, Meaning: "retention: clients at risk of leaving; acquisition: loyal, valuable clients to attract more of."),
                    new KeyShape("rule", new ScalarShape("a rule over canonical columns"), Required: true, Meaning: "Who is in the segment, in the rule language.", Example: "\"gender == 'Ж' and age between 35 and 50 and last_activity == 0\""),
                    new KeyShape("actions", new ListShape(new ScalarShape("a sentence"), "recommended actions, one sentence each"), Meaning: "Recommended actions shown with the segment in the deck and the workbook, one sentence each. Left out: none.", Default: "[]"),
                    Key("priority", "a whole number (1 = first)", "Ranks the segment ahead of those ranked by segments.priority_metric within its goal (1 first): the ranking and detail slides and the order campaigns are served in. null: ranked by the metric.", "null"),
                    Key("compare_subgroups", "true or false", "true: the segment_subgroups slide compares the segment's churned and current clients (what sets the leavers apart inside it), as for the product segments.", "false")),
                "segments with id, name, goal and rule"),
                Meaning: "Segments written by the analysts. Each is tested against the rest of the base (Holm, at segments.discovery.alpha). Left out: none.",
                Default: "[]"),
            new KeyShape("discovery", Section(
                "how segments are searched for",
                Key("enabled", "true or false", "Search the data for segments. false: only the defined segments are reported.", "true"),
                Key("max_conditions", "a whole number from 1 to 4", "Most conditions in one discovered segment, each on a different column.", "3"),
                Key("min_size", "a whole number of clients", "Fewest clients in a discovered segment (of the whole base; the search applies the same share to its part).", "500"),
                Key("beam_width", "a whole number from 1 to 1000", "Conjunctions the beam search extends at each level: wider finds more, slower.", "20"),
                Key("top_k", "a whole number from 0 to 50", "Most segments kept per goal for the holdout test.", "10"),
                Key("max_overlap", "a share between 0 and 1", "Largest share of clients (Jaccard) a segment may share with a better-ranked one found by the same search. A segment with 80 % or more of its clients inside a better-ranked one of its goal, or with exactly another segment's clients, is not reported either.", "0.5"),
                Key("mode", "beam or exhaustive", "beam: the beam search; exhaustive: every conjunction (slow, for small searches).", "beam"),
                Key("alpha", "a significance level between 0 and 0.5", "Family-wise level of the holdout test of discovered segments, and of the defined segments' test against the rest of the base (Holm).", "0.05"),
                Key("holdout_share", "a share between 0.1 and 0.9", "Share of the clients kept out of the search (stratified by churn, seeded by seed) and used only to test what it found.", "0.5"),
                Key("max_share", "a share from 0.01 to 1", "Largest share of the base a discovered segment may hold: a \"segment\" of most clients is no campaign target.", "0.4")),
                Meaning: "The search for segments that churn more (retention) or less and hold more value (acquisition) than the base. Rules are found on one part of the clients and tested on the other (the holdout); only those significant there reach the deck, the workbook and the campaigns."),
            new KeyShape("catalogue", new ListShape(
                Section(
                    "column, side and actions",
                    new KeyShape("column", new ScalarShape("a canonical column"), Required: true, Meaning: "The column of a discovered segment's condition this entry applies to."),
                    Key("side", "any, low, middle or high", "Which conditions on the column: low (the lower end: a range from the minimum, or level 0 of a 0/1 column), high (the upper end, or level 1), middle (a range inside), any.", "any"),
                    new KeyShape("actions", new ListShape(new ScalarShape("a sentence"), "recommended actions"), Required: true, Meaning: "The actions recommended for a discovered segment with such a condition.", Example: "[\"Кампания реактивации: персональное предложение за операцию в этом месяце\"]")),
                "items with column, side and actions"),
                Meaning: "Recommended actions for discovered segments, chosen by the column and side of their conditions. Left out: discovered segments get no actions.",
                Default: "[]"),
            Key("priority_metric", "excess_churners or value_at_risk", "How retention segments are ranked: excess_churners (churners above the bank's average rate) or value_at_risk (the expected loss of value among current clients).", "excess_churners"),
            Key("detail_slides", "a whole number from 0 to 10", "Top segments per goal that get a slide of their own.", "3"),
            new KeyShape("client_list", Section(
                "what the workbook's client lists show",
                new KeyShape("columns", new ListShape(new ScalarShape("a canonical column"), "canonical columns shown for each client (personal data: list only what campaigns need)"),
                    Meaning: "Columns shown for each current client in the clients and campaigns sheets. They are personal data, so list only what a campaign needs; user_id is always shown. Churned clients are never listed.",
                    Default: "[user_id, city, gender, age, products, balance, est_salary, last_activity]"),
                Key("max_rows", "a whole number of rows, 0 for no client lists", "Most rows of each list sheet. Whole segments (campaigns) are listed while they fit; the rest are named in the sheet's title and the run summary. 0 leaves both lists out.", "1000000")),
                Meaning: "The workbook's client lists (the clients and campaigns sheets).")),
            Meaning: "Defined segments, discovery, the action catalogue and priorities."),
        new KeyShape("deck", Section(
            "the slides of the deck and the logo",
            new KeyShape("slides", new ListShape(new ScalarShape("a slide kind, e.g. churn_overview"), "slide kinds in the order the deck shows them"),
                Meaning: "The slides of the deck, in order. Leave a kind out to drop its slide; a listed kind with nothing to show this month is skipped.",
                Default: "[title, summary, data_quality, churn_overview, categorical_drivers, continuous_drivers, distributions, portraits, correlations, phik, model, value, hypotheses, segments_retention, segments_acquisition, segment_detail, segment_subgroups, plan, month_over_month, methodology]"),
            Key("logo", "a PNG or JPEG file path", "The bank's logo, drawn on the title slide and in the corner of every slide's title bar: at most 10 MB and 4000 × 4000 pixels, and it must decode (validate and generate both check it before reading data). null: none.", "null", "branding/logo.png")),
            Meaning: "The slides of the deck and the logo."),
        new KeyShape("model", Section(
            "the per-client churn model",
            new KeyShape("exclude", new ListShape(new ScalarShape("a canonical column"), "canonical columns the model leaves out"),
                Meaning: "Columns the churn model leaves out, e.g. one recorded after the client left (last_activity may be such a column: if the extract records activity after the churn flag was set, the model learns the leaving itself).",
                Default: "[]"),
            Key("sample_rows", "a whole number of clients, 1000 or more", "The most clients the model learns from; a larger month trains on a seeded sample of this size and scores everyone. The default keeps the model under 5 s for a month of a million clients on 2 cores (200,000: 7 s, with an AUC about 0.01 higher); the real 10,000-client table is used whole.", "20000")),
            Meaning: "The per-client churn model: gradient-boosted trees (LightGBM) cross-fitted over 5 seeded stratified folds, calibrated inside each fold, with a logistic-regression baseline."),
        new KeyShape("campaign", Section(
            "the retention campaign plan",
            Key("budget", "a whole number of clients, or null for 20 % of current clients", "The most clients contacted, control included. null: 20 % of the current clients.", "null", "1500"),
            Key("contact_cost", "a number, 0 or more", "What one contact costs, in roubles; a client whose expected saved value is below it is not contacted.", "100"),
            Key("save_rate", "a share from 0 to 1", "The assumed share of would-be churners a contact keeps.", "0.1"),
            Key("control_share", "a share from 0 to 0.9", "The share of each campaign's clients held back at random (seeded) as its control group, to measure the campaign next month.", "0.1"),
            Key("cross_sell", "true or false", "true adds the workbook's cross-sell sheet: the current clients of the significant acquisition segments (the lookalike profiles), each once, outside the retention budget and leaving out clients the plan contacts.", "false")),
            Meaning: "The retention plan: current clients ranked by expected loss saved minus contact cost, one campaign each, with a random control group per campaign. Acquisition segments are lookalike profiles, outside this budget."),
        new KeyShape("comparison", Section("month over month", Key("previous_results", "a file path, or null for <output folder>/<previous month>/results.json", "Last period's results.json, for the month-over-month slide, sheets and block. null: <output.folder>/<previous month>/results.json. None found is not an error.", "null")), Meaning: "Month over month."),
        new KeyShape("output", Section("where outputs go", Key("folder", "a folder path", "Outputs go to <folder>/<period>/. --out overrides it for one run.", "output")), Meaning: "Where the outputs go."),
        Key("seed", "a whole number", "Seed of every random choice (the holdout split, sampling, tie-breaking), so the same input gives the same report.", "20240501"));

    private static MapShape Group() => Section(
        "name, name_en and rule",
        new KeyShape("name", new ScalarShape("text"), Required: true, Meaning: "The group's name in the deck."),
        Key("name_en", "the name in English decks (default: name)", "The name in English decks. null: name."),
        new KeyShape("rule", new ScalarShape("a rule over canonical columns, e.g. churn == 1"), Required: true, Meaning: "Who is in the group, in the rule language."));

    private static MapShape Section(string description, params KeyShape[] keys) => new([.. keys], description);

    private static KeyShape Key(string name, string description, string meaning = "", string? defaultValue = null, string? example = null) =>
        new(name, new ScalarShape(description), Meaning: meaning, Default: defaultValue, Example: example);
}
