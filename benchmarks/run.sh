#!/usr/bin/env bash
# Benchmarks: stage timings (median of N runs in one process) and whole-process `generate` wall time and peak memory.
# Usage: benchmarks/run.sh [rows...]   (default: 10000 1000000)
# Input files are synthetic (bankchurn synth) and written to $BENCH_DIR (default /tmp/bankchurn-bench); nothing in the repo changes.
# The whole-process run uses the deployable form: `dotnet publish` with ReadyToRun (precompiled, so start-up is not JIT).
# PANDAS=1 also times the usual pandas + SciPy + seaborn + openpyxl pipeline (benchmarks/pandas/churn_pipeline.py).
set -euo pipefail
cd "$(dirname "$0")/.."
rows_list=("${@:-10000 1000000}")
[ $# -eq 0 ] && rows_list=(10000 1000000)
dir=${BENCH_DIR:-/tmp/bankchurn-bench}
mkdir -p "$dir"

dotnet build -c Release -v quiet src/BankChurn.Cli >/dev/null
dotnet build -c Release -v quiet benchmarks/BankChurn.Benchmarks >/dev/null
dotnet publish -c Release -v quiet -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$dir/publish" src/BankChurn.Cli >/dev/null
cli=$dir/publish/bankchurn
bench=benchmarks/BankChurn.Benchmarks/bin/Release/net10.0/BankChurn.Benchmarks

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"
for rows in "${rows_list[@]}"; do
  csv="$dir/clients_$rows.csv"
  [ -f "$csv" ] || "$cli" synth --rows "$rows" --seed 7 --out "$csv" >/dev/null
  echo "== $rows rows ($(du -h "$csv" | cut -f1))"
  "$bench" load "$csv" 5
  "$bench" analyse "$csv" 3
  "$bench" render "$csv" 10
  "$bench" workbook "$csv" 1
  /usr/bin/time -f "model (cross-fitted model + baseline, whole process): %e s wall, %U s user, %M KB peak RSS" "$bench" model "$csv"
  /usr/bin/time -f "load (one cold load, whole process): %e s wall, %M KB peak RSS" "$bench" load "$csv" 0
  /usr/bin/time -f "generate (whole process): %e s wall, %M KB peak RSS" \
    "$cli" generate --config report.config.yaml --data "$csv" --out "$dir/out_$rows" --period 2026-11 >/dev/null
  if [ "${PANDAS:-0}" = 1 ]; then
    /usr/bin/time -f "pandas pipeline (whole process): %e s wall, %M KB peak RSS" \
      /usr/bin/python3 benchmarks/pandas/churn_pipeline.py "$csv" "$dir/pandas_$rows" >/dev/null
  fi
done
