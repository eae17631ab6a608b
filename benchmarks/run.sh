#!/usr/bin/env bash
# Benchmarks: stage timings (median of N runs in one process) and whole-process `generate` wall time and peak memory.
# Usage: benchmarks/run.sh [rows...]   (default: 10000 1000000)
# Input files are synthetic (bankchurn synth) and written to $BENCH_DIR (default /tmp/bankchurn-bench); nothing in the repo changes.
set -euo pipefail
cd "$(dirname "$0")/.."
rows_list=("${@:-10000 1000000}")
[ $# -eq 0 ] && rows_list=(10000 1000000)
dir=${BENCH_DIR:-/tmp/bankchurn-bench}
mkdir -p "$dir"

dotnet build -c Release -v quiet src/BankChurn.Cli >/dev/null
dotnet build -c Release -v quiet benchmarks/BankChurn.Benchmarks >/dev/null
cli=src/BankChurn.Cli/bin/Release/net10.0/bankchurn
bench=benchmarks/BankChurn.Benchmarks/bin/Release/net10.0/BankChurn.Benchmarks

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"
for rows in "${rows_list[@]}"; do
  csv="$dir/clients_$rows.csv"
  [ -f "$csv" ] || "$cli" synth --rows "$rows" --seed 7 --out "$csv" >/dev/null
  echo "== $rows rows ($(du -h "$csv" | cut -f1))"
  "$bench" load "$csv" 5
  "$bench" analyse "$csv" 3
  "$bench" workbook "$csv" 1
  /usr/bin/time -f "load (one cold load, whole process): %e s wall, %M KB peak RSS" "$bench" load "$csv" 0
  /usr/bin/time -f "generate (whole process): %e s wall, %M KB peak RSS" \
    "$cli" generate --data "$csv" --out "$dir/out_$rows" --period 2026-11 >/dev/null
done
