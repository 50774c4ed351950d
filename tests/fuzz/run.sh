#!/usr/bin/env bash
# Runs the libFuzzer targets of a -DCLINICRANK_FUZZ=ON build (docs/fuzzing.md).
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
#
# Each target runs SECONDS seconds (default: every target), two at a time
# (the machine has 2 cores), on a scratch copy of its seeds in
# tests/fuzz/corpus/<name>/ so the repository is never written. A crash, a
# leak, a timeout (10 s on one input) or out-of-memory (2 GB) fails the run;
# the input is saved as BUILD_DIR/fuzz-findings/<target>/crash-* and its
# log printed. Exit status: 0 when every target ran clean, 1 otherwise.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
seconds="${2:-30}"
shift 2 || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_extract fuzz_html fuzz_charset fuzz_money fuzz_robots fuzz_sitemap fuzz_warc
           fuzz_options fuzz_facts)
fi
work="$build/fuzz-work"
findings="$build/fuzz-findings"
mkdir -p "$work" "$findings"

run_one() {
  local target="$1" name="${1#fuzz_}"
  local corpus="$work/$name" out="$findings/$target"
  mkdir -p "$corpus" "$out"
  local dict=()
  case "$name" in extract | html) dict=("-dict=$here/markup.dict") ;; esac
  "$build/tests/fuzz/$target" "$corpus" "$here/corpus/$name" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$out/" -print_final_stats=1 > "$out/log.txt" 2>&1
  local status=$?
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/log.txt" | grep -o '[0-9]*$')
  if [ $status -eq 0 ]; then
    echo "$target: clean, ${runs:-?} runs in ${seconds}s"
  else
    echo "$target: FAILED (exit $status); see $out/log.txt"
    tail -n 40 "$out/log.txt"
  fi
  return $status
}

failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for t in "${targets[@]:i:2}"; do
    run_one "$t" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
  done
done
exit $failed
