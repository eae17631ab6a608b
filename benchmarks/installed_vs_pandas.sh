#!/usr/bin/env bash
# The installed `bankchurn` command against the pandas pipeline on one table, side by side: the two runs alternate
# (bankchurn, pandas, bankchurn, ...) so that a shared machine's drift hits both alike; prints every run and the medians.
# Usage: benchmarks/installed_vs_pandas.sh [table.csv] [runs]   (default: ../shared/data/bank_scrooge.csv, 5 runs)
# `bankchurn` is whatever is on PATH (README, "Install once, run monthly"); outputs go under $BENCH_DIR. The pandas
# pipeline needs Debian's python3-pandas python3-scipy python3-seaborn python3-openpyxl for /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."
table=${1:-../shared/data/bank_scrooge.csv}
runs=${2:-5}
dir=${BENCH_DIR:-/tmp/bankchurn-bench}/installed_vs_pandas
mkdir -p "$dir"
command -v bankchurn >/dev/null || { echo "bankchurn is not on PATH: install it first (README)." >&2; exit 2; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; load average $(cut -d' ' -f1-3 /proc/loadavg); table $table; bankchurn = $(readlink -f "$(command -v bankchurn)")"
ours=() theirs=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e" -o "$dir/t" bankchurn generate --config report.config.yaml --data "$table" --out "$dir/bankchurn" --period 2026-11 >/dev/null
  ours+=("$(cat "$dir/t")")
  /usr/bin/time -f "%e" -o "$dir/t" /usr/bin/python3 benchmarks/pandas/churn_pipeline.py "$table" "$dir/pandas" >/dev/null
  theirs+=("$(cat "$dir/t")")
  echo "run $i: bankchurn ${ours[-1]} s, pandas ${theirs[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m_ours=$(median "${ours[@]}") m_theirs=$(median "${theirs[@]}")
echo "median: bankchurn $m_ours s, pandas $m_theirs s, ratio $(awk -v a="$m_theirs" -v b="$m_ours" 'BEGIN {printf "%.1f", a / b}')x"
