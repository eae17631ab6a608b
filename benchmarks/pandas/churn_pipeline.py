#!/usr/bin/python3
"""The same monthly job done the usual way, for the performance comparison in the README.

pandas for the table, SciPy for the tests, seaborn/matplotlib for the charts (one multi-page PDF),
openpyxl for the workbook (segments, client lists, churn by feature). It mirrors what BankChurn's
`generate` does on the default config, in the straightforward style of the seed analyses: group-bys,
per-column tests, a handful of boolean-mask segments and a chart per driver. It does not search for
segments (nobody does that by hand), so the comparison favours this script.

Usage: churn_pipeline.py <clients.csv> <output folder>
Needs Debian's python3-pandas python3-scipy python3-seaborn python3-openpyxl.
"""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from scipy import stats  # noqa: E402

CATEGORICAL = ["city", "gender", "products", "credit_card", "last_activity", "equity"]
CONTINUOUS = ["score", "age", "balance", "est_salary"]

SEGMENTS = {
    "women_cc_equity_lt3": lambda d: (d.gender == "Ж") & (d.credit_card == 1) & (d.equity < 3),
    "women_equity_lt3_products_le3": lambda d: (d.gender == "Ж") & (d.equity < 3) & (d.products <= 3),
    "women_35_50_inactive": lambda d: (d.gender == "Ж") & d.age.between(35, 50) & (d.last_activity == 0),
    "age_35_50_cc_products_le3": lambda d: d.age.between(35, 50) & (d.credit_card == 1) & (d.products <= 3),
    "age_60plus_inactive": lambda d: (d.age >= 60) & (d.last_activity == 0),
    "high_balance_low_activity": lambda d: (d.balance >= d.balance.quantile(0.75)) & (d.last_activity == 0),
    "high_income_men": lambda d: (d.gender == "М") & (d.est_salary >= 150_000),
    "yaroslavl_high_score": lambda d: (d.city == "Ярославль") & d.score.between(830, 910),
    "products_1": lambda d: d.products == 1,
    "products_2": lambda d: d.products == 2,
    "products_3": lambda d: d.products == 3,
    "products_4_plus": lambda d: d.products >= 4,
}


def wilson(k, n, z=1.959963984540054):
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def main(path, out):
    os.makedirs(out, exist_ok=True)
    df = pd.read_csv(path).rename(columns={"USERID": "user_id", "EST_SALARY": "est_salary"})
    df = df[df.products != 0].copy()
    rate = df.churn.mean()

    by_feature = {c: df.groupby(c).churn.agg(["count", "sum", "mean"]) for c in CATEGORICAL}
    chi2 = {c: stats.chi2_contingency(pd.crosstab(df[c], df.churn))[1] for c in CATEGORICAL}
    mw, bins = {}, {}
    for c in CONTINUOUS:
        x = df[c].dropna()
        churned = x[df.loc[x.index, "churn"] == 1]
        stayed = x[df.loc[x.index, "churn"] == 0]
        mw[c] = stats.mannwhitneyu(churned, stayed, alternative="two-sided").pvalue
        bins[c] = df.groupby(pd.qcut(df[c], 10, duplicates="drop"), observed=True).churn.agg(["count", "mean"])
    numeric = df[CONTINUOUS + ["products", "equity", "credit_card", "last_activity", "churn"]]
    spearman = numeric.corr(method="spearman")
    portraits = df.groupby("churn")[CONTINUOUS + ["products", "equity"]].agg(["mean", "median"])
    hypotheses = {
        "income": stats.ttest_ind(df.est_salary[df.churn == 1], df.est_salary[df.churn == 0], equal_var=False).pvalue,
        "age": stats.mannwhitneyu(df.age[df.churn == 1].dropna(), df.age[df.churn == 0].dropna()).pvalue,
    }

    rows = []
    for name, rule in SEGMENTS.items():
        mask = rule(df).fillna(False)
        n, k = int(mask.sum()), int(df.churn[mask].sum())
        low, high = wilson(k, n) if n else (0, 0)
        rest_n, rest_k = len(df) - n, int(df.churn.sum()) - k
        p = stats.chi2_contingency([[k, n - k], [rest_k, rest_n - rest_k]])[1] if 0 < n < len(df) else 1.0
        rows.append({"segment": name, "clients": n, "churned": k, "rate": k / n if n else 0, "ci_low": low,
                     "ci_high": high, "lift": (k / n) / rate if n else 0, "p_value": p,
                     "avg_balance": df.balance[mask].mean()})
    segments = pd.DataFrame(rows).sort_values("rate", ascending=False)

    with PdfPages(os.path.join(out, "report.pdf")) as pdf:
        for c in CATEGORICAL:
            fig, ax = plt.subplots(figsize=(10, 5.6))
            sns.barplot(data=df, x=c, y="churn", ax=ax, errorbar=None)
            ax.axhline(rate, color="grey", linestyle="--")
            ax.set_title(f"Churn by {c} (chi-square p = {chi2[c]:.2g})")
            pdf.savefig(fig)
            plt.close(fig)
        sample = df if len(df) <= 200_000 else df.sample(200_000, random_state=1)
        for c in CONTINUOUS:
            fig, ax = plt.subplots(figsize=(10, 5.6))
            sns.histplot(data=sample, x=c, hue="churn", stat="density", common_norm=False, kde=True, ax=ax)
            ax.set_title(f"{c} (Mann-Whitney p = {mw[c]:.2g})")
            pdf.savefig(fig)
            plt.close(fig)
        fig, ax = plt.subplots(figsize=(10, 5.6))
        sns.heatmap(spearman, annot=True, fmt=".2f", cmap="vlag", ax=ax)
        pdf.savefig(fig)
        plt.close(fig)
        fig, ax = plt.subplots(figsize=(10, 5.6))
        sns.barplot(data=segments, y="segment", x="rate", ax=ax)
        ax.axvline(rate, color="grey", linestyle="--")
        pdf.savefig(fig)
        plt.close(fig)

    with pd.ExcelWriter(os.path.join(out, "segments.xlsx"), engine="openpyxl") as xlsx:
        segments.to_excel(xlsx, sheet_name="segments", index=False)
        lists = []
        for name, rule in SEGMENTS.items():
            mask = rule(df).fillna(False) & (df.churn == 0)
            part = df.loc[mask, ["user_id", "city", "gender", "age", "products", "balance"]].copy()
            part.insert(0, "segment", name)
            lists.append(part)
        clients = pd.concat(lists)
        clients.head(1_048_575).to_excel(xlsx, sheet_name="clients", index=False)
        pd.concat({c: t for c, t in by_feature.items()}).to_excel(xlsx, sheet_name="churn_by_feature")
        pd.concat({c: t for c, t in bins.items()}).astype({"count": "int64"}).reset_index(level=1, drop=True) \
            .to_excel(xlsx, sheet_name="drivers")
        portraits.to_excel(xlsx, sheet_name="portraits")
        pd.Series(hypotheses, name="p_value").to_excel(xlsx, sheet_name="hypotheses")

    print(f"{len(df)} clients, churn {rate:.4f}, {len(segments)} segments, {len(clients)} client-list rows")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
