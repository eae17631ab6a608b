"""Reference figures and churn-model coefficients for the synthetic generator (SyntheticClients.cs).

Reads the real table (never copied into the repository) and prints:
  * the marginal figures the generator is calibrated to;
  * a logistic regression of churn on the generator's features, fitted by Newton's method (IRLS),
    whose coefficients are pasted into SyntheticClients.ChurnModel.
Run from the repository root:  /usr/bin/python3 data/calibrate.py ../shared/data/bank_scrooge.csv
"""
import sys

import numpy as np
import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/bank_scrooge.csv"
d = pd.read_csv(path)
d = d[d.products > 0]
age = d.age.fillna(d.age.median())
missing = d.balance.isna()
log_balance = np.where(missing, 0.0, np.log(d.balance.fillna(1).clip(lower=1000)) - 13.0)

features = {
    "intercept": np.ones(len(d)),
    "male": (d.gender == "М").astype(float),
    "products_2": (d.products == 2).astype(float),
    "products_3": (d.products == 3).astype(float),
    "products_4plus": (d.products >= 4).astype(float),
    "equity": d.equity.clip(upper=7).astype(float),
    "credit_card": d.credit_card.astype(float),
    "last_activity": d.last_activity.astype(float),
    "balance_missing": missing.astype(float),
    "log_balance_c13": log_balance,
    "age_under_25": (age < 25).astype(float),
    "age_25_35": ((age >= 25) & (age < 36)).astype(float),
    "age_50_60": ((age >= 50) & (age < 61)).astype(float),
    "age_61_plus": (age >= 61).astype(float),
    "score_830_910": ((d.score >= 830) & (d.score <= 910)).astype(float),
    "score_under_750": (d.score < 750).astype(float),
    "city_rybinsk": (d.city == "Рыбинск").astype(float),
}
X = np.column_stack(list(features.values()))
y = d.churn.to_numpy(float)
beta = np.zeros(X.shape[1])
for _ in range(50):
    p = 1 / (1 + np.exp(-X @ beta))
    w = p * (1 - p)
    step = np.linalg.solve(X.T @ (X * w[:, None]) + 1e-6 * np.eye(X.shape[1]), X.T @ (y - p))
    beta += step
    if np.abs(step).max() < 1e-10:
        break
for name, b in zip(features, beta):
    print(f"{name:18s} {b: .3f}")


def figures(t):
    """The key figures of a client table, as an ordered dict of label -> value."""
    f = {}
    miss = t.balance.isna()
    f["rows"] = len(t)
    f["churn %"] = 100 * t.churn.mean()
    for city in ["Ярославль", "Рыбинск", "Ростов"]:
        f[f"share {city} %"] = 100 * (t.city == city).mean()
        f[f"churn {city} %"] = 100 * t[t.city == city].churn.mean()
    for g in ["М", "Ж"]:
        f[f"churn {g} %"] = 100 * t[t.gender == g].churn.mean()
    for p in [1, 2, 3, 4]:
        f[f"products {p} share %"] = 100 * (t.products == p).mean()
        f[f"churn products {p} %"] = 100 * t[t.products == p].churn.mean()
    f["products 0 clients"] = int((t.products == 0).sum())
    for e in range(0, 8):
        f[f"equity {e} share %"] = 100 * (t.equity == e).mean()
        f[f"churn equity {e} %"] = 100 * t[t.equity == e].churn.mean()
    f["credit card share %"] = 100 * t.credit_card.mean()
    f["churn with card %"] = 100 * t[t.credit_card == 1].churn.mean()
    f["churn without card %"] = 100 * t[t.credit_card == 0].churn.mean()
    f["active share %"] = 100 * t.last_activity.mean()
    f["churn active %"] = 100 * t[t.last_activity == 1].churn.mean()
    f["churn inactive %"] = 100 * t[t.last_activity == 0].churn.mean()
    f["balance missing %"] = 100 * miss.mean()
    f["missing: equity<=1 %"] = 100 * (t[miss].equity <= 1).mean()
    f["missing: one product %"] = 100 * (t[miss].products == 1).mean()
    f["missing: churn %"] = 100 * t[miss].churn.mean()
    f["present: churn %"] = 100 * t[~miss].churn.mean()
    for lo, hi in [(18, 25), (25, 35), (35, 50), (50, 60), (60, 100)]:
        sel = (t.age >= lo) & (t.age < hi)
        f[f"churn age {lo}-{hi - 1} %"] = 100 * t[sel].churn.mean()
    f["age median"] = t.age.median()
    f["age missing"] = int(t.age.isna().sum())
    for lo, hi in [(0, 750), (750, 830), (830, 910), (910, 1001)]:
        sel = (t.score >= lo) & (t.score < hi)
        f[f"churn score {lo}-{hi - 1} %"] = 100 * t[sel].churn.mean()
    f["score median"] = t.score.median()
    f["balance median"] = t.balance.median()
    bq = t.balance.quantile([0.2, 0.8])
    f["churn balance bottom 20 %"] = 100 * t[t.balance <= bq[0.2]].churn.mean()
    f["churn balance top 20 %"] = 100 * t[t.balance >= bq[0.8]].churn.mean()
    f["salary median"] = t.EST_SALARY.median()
    f["duplicate ids"] = int(t.USERID.duplicated().sum())
    return f


if len(sys.argv) > 2:
    real = figures(pd.read_csv(path))
    synth = figures(pd.read_csv(sys.argv[2]))
    print(f"\n| figure | real | synthetic |\n| --- | ---: | ---: |")
    for key in real:
        print(f"| {key} | {real[key]:.1f} | {synth[key]:.1f} |")
