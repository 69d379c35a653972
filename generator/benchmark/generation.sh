#!/usr/bin/env bash
# Measures the generator's wall time and peak memory against openapi-generator's on cloned spec sets,
# prints medians, ratios and PASS/FAIL per target, and can profile a 1,000-model run with JFR.
# What it measures and how to read it: README.md beside this file; options: generation.sh --help.
set -euo pipefail
export LC_ALL=C # decimal points in every number printed and parsed

readonly OPENAPI_GENERATOR_VERSION=7.25.0
readonly DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
# The Java retrofit2 client, without the test stubs and Markdown docs (imagegen writes neither).
readonly OPENAPI_GENERATOR_OPTIONS=(-g java --library retrofit2
  --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false)
readonly PROFILE_MODELS=1000

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

jar=$repo/generator/target/generator.jar
runs=5
timeout_seconds=300
work=""
measure=true
profile=false
top=15

usage() {
  cat <<EOF
usage: generation.sh [--jar FILE] [--runs N] [--timeout SECONDS] [--work DIR] [--profile | --profile-only] [--top N]
  --jar FILE         the generator's self-contained CLI (default: generator/target/generator.jar)
  --runs N           timed runs of each tool on each spec set, interleaved (default: 5)
  --timeout SECONDS  limit of one run; a run past it is killed and counts as failed (default: 300)
  --work DIR         cache and scratch folder (default: benchmark/ beside the jar, in the build output)
  --profile          after the measurements, profile imagegen on the $PROFILE_MODELS-model set with JFR
  --profile-only     profile only, without the measurements
  --top N            rows of each profile table (default: 15)
Exit status: 0 when every target passes (or only profiling was asked), 1 when one fails,
2 for bad arguments, a missing tool or a step that could not run.
EOF
}

fail() {
  echo "error: $*" >&2
  exit 2
}

whole_number() {
  [[ $2 =~ ^[1-9][0-9]*$ ]] || fail "$1 needs a whole number above 0, not '$2'"
  echo "$2"
}

parse_arguments() {
  while (($#)); do
    case $1 in
      --jar) (($# > 1)) || fail "--jar needs a file"; jar=$2; shift ;;
      --runs) runs=$(whole_number "$1" "${2-}"); shift ;;
      --timeout) timeout_seconds=$(whole_number "$1" "${2-}"); shift ;;
      --work) (($# > 1)) || fail "--work needs a folder"; work=$2; shift ;;
      --profile) profile=true ;;
      --profile-only) profile=true; measure=false ;;
      --top) top=$(whole_number "$1" "${2-}"); shift ;;
      -h | --help) usage; exit 0 ;;
      *) usage >&2; fail "unknown argument '$1'" ;;
    esac
    shift
  done
  [[ -f $jar ]] || fail "no generator jar at $jar: build it with 'mvn -B install -DskipTests' or pass --jar"
  jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  work=${work:-$(dirname "$jar")/benchmark}
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
}

require_tools() {
  local tool
  for tool in java mvn timeout; do
    command -v "$tool" >/dev/null || fail "$tool is not on the PATH"
  done
  if $measure && [[ ! -x /usr/bin/time ]]; then
    # Debian's images ship GNU time; a slimmer one may not.
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      echo "Installing GNU time (apt-get install time) to measure peak RSS"
      { apt-get install -y -qq time || { apt-get update -qq && apt-get install -y -qq time; }; } >/dev/null \
        || fail "could not install GNU time"
    else
      fail "GNU time (/usr/bin/time) is missing: install it, e.g. 'sudo apt-get install time'"
    fi
  fi
}

# Prints the path of openapi-generator-cli's jar, fetched from Maven Central into the cache once.
openapi_generator_jar() {
  local cache=$work/cache
  local cli=$cache/openapi-generator-cli-$OPENAPI_GENERATOR_VERSION.jar
  if [[ ! -f $cli ]]; then
    mkdir -p "$cache"
    echo "Fetching openapi-generator-cli $OPENAPI_GENERATOR_VERSION into $cache" >&2
    # Run where there is no pom.xml, so that Maven resolves the artifact outside any project.
    if ! (cd "$cache" && mvn -B -q "$DEPENDENCY_PLUGIN:copy" \
      "-Dartifact=org.openapitools:openapi-generator-cli:$OPENAPI_GENERATOR_VERSION" -DoutputDirectory=.) \
      >"$cache/fetch.log" 2>&1; then
      cat "$cache/fetch.log" >&2
      fail "could not fetch org.openapitools:openapi-generator-cli:$OPENAPI_GENERATOR_VERSION"
    fi
  fi
  echo "$cli"
}

# Writes a spec set of $1 models into $2: the schema, specs/segmind as it is, and clones of
# flux-controlnet.json, each with an id, a file name and a title of its own.
make_spec_set() {
  local models=$1 folder=$2 source=$repo/specs
  mkdir -p "$folder/segmind"
  cp "$source/spec.schema.json" "$folder/"
  cp "$source"/segmind/*.json "$folder/segmind/"
  local files=("$folder"/segmind/*.json)
  local existing=$((${#files[@]} - 1)) # all but provider.json
  ((models > existing)) || fail "a $models-model set needs more models than the $existing of specs/segmind"
  local i id
  for ((i = 1; i <= models - existing; i++)); do
    printf -v id 'flux-controlnet-c%04d' "$i"
    # A title of its own keeps openapi-generator from merging the clones' identical request schemas
    # into one class, which would spare it most of the work imagegen does.
    sed -e "s/^  \"id\": \"flux-controlnet\",/  \"id\": \"$id\",/" \
      -e "s/^  \"title\": \"\(.*\)\",/  \"title\": \"\1 ${id#flux-controlnet-}\",/" \
      "$source/segmind/flux-controlnet.json" >"$folder/segmind/$id.json"
  done
  local clone=$folder/segmind/$id.json
  grep -q "^  \"id\": \"$id\"," "$clone" && grep -q "^  \"title\": \".* ${id#flux-controlnet-}\"," "$clone" \
    || fail "could not clone specs/segmind/flux-controlnet.json: its id or title line changed"
}

# Runs a command under timeout, in the background so that an interrupt stops it at once: timeout
# leads a process group of its own, which a Ctrl-C at the terminal does not reach. Returns its status.
bounded() {
  timeout --kill-after=10 "$timeout_seconds" "$@" &
  running=$!
  local status=0
  wait "$running" || status=$?
  settle "$running"
  running=""
  return "$status"
}

# Waits up to 10 s for the process group $1 to empty, then kills what is left of it. timeout ends
# with its child, GNU time, while the JVM under it may still be shutting down after a SIGTERM.
settle() {
  local tries
  for ((tries = 0; tries < 50; tries++)); do
    kill -0 -- "-$1" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$1" 2>/dev/null || true
}

# Stops the bounded command that is running, if any (its process group), then exits with $1.
stop() {
  if [[ -n ${running-} ]]; then
    kill -TERM -- "-$running" 2>/dev/null || true
    settle "$running"
  fi
  exit "$1"
}

# Runs one command as a whole process, bounded and under GNU time, appends a line to the runs file
# (case, tool, run, exit, wall s, user CPU s, system CPU s, peak KiB, note) and prints it as
# progress. $3 is "run/runs"; $4 is the output folder, removed before and after the run.
measure_run() {
  local case=$1 tool=$2 progress=$3 run=${3%%/*} out=$4
  shift 4
  local log=$scratch/run.log times=$scratch/time.txt status=0
  rm -rf "$out" "$times"
  bounded /usr/bin/time -f '%e %U %S %M' -o "$times" "$@" >"$log" 2>&1 \
    || status=$?
  rm -rf "$out"
  local seconds=0 user=0 system=0 kib=0 outcome=$status note=""
  # GNU time's last line holds the numbers; a line about a non-zero exit may come before it.
  [[ -s $times ]] && read -r seconds user system kib < <(tail -n 1 "$times")
  if ((status == 124 || status == 137)); then
    outcome=timeout seconds=$timeout_seconds user=0 system=0 kib=0 note="killed after $timeout_seconds s"
  elif ((status != 0)); then
    mkdir -p "$work/logs"
    local kept=$work/logs/${case// /}-$tool-$run.log
    cp "$log" "$kept"
    note="$(grep -m 1 -E 'Error|Exception|error:' "$log" | tr '\t' ' ' | cut -c 1-160) (log: $kept)"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$case" "$tool" "$run" "$outcome" "$seconds" "$user" "$system" "$kib" "$note" >>"$runs_file"
  if [[ $outcome == 0 ]]; then
    printf '  %-14s %-18s run %s: %6.2f s, %5d MiB\n' "$case" "$tool" "$progress" "$seconds" $((kib / 1024))
  else
    printf '  %-14s %-18s run %s: exit %s %s\n' "$case" "$tool" "$progress" "$outcome" "$note"
  fi
}

run_imagegen() {
  local case=$1 run=$2 models=${1%% *}
  shift 2
  measure_run "$case" imagegen "$run" "$scratch/out" \
    java "$@" -jar "$jar" --specs "$scratch/specs-$models" --out "$scratch/out"
}

run_openapi_generator() {
  local case=$1 run=$2 models=${1%% *}
  measure_run "$case" openapi-generator "$run" "$scratch/out" java -jar "$openapi_generator" generate \
    "${OPENAPI_GENERATOR_OPTIONS[@]}" -i "$scratch/openapi-$models.json" -o "$scratch/out"
}

measure_all() {
  openapi_generator=$(openapi_generator_jar)
  local models
  for models in 100 103 1000; do
    make_spec_set "$models" "$scratch/specs-$models"
  done
  if ! bounded java -jar "$jar" --specs "$scratch/specs-103" --openapi "$scratch/openapi-103.json" \
    >"$scratch/export.log" 2>&1; then
    cat "$scratch/export.log" >&2
    fail "imagegen could not export the 103-model set as OpenAPI"
  fi
  # Untimed warm-up: both jars in the page cache before the first timed run.
  bounded java -jar "$openapi_generator" version >/dev/null || fail "openapi-generator-cli does not start"

  local memory_kib
  read -r _ memory_kib _ </proc/meminfo # its first line is MemTotal
  echo "Machine: $(nproc) cores, $((memory_kib / 1024)) MiB; $(java -version 2>&1 | head -n 1)"
  echo "Load average (1, 5, 15 min) before the runs: $(cut -d " " -f 1-3 /proc/loadavg)"
  echo "Both tools run with the JVM's default options:"
  echo "imagegen:          java -jar $jar --specs SET --out OUT"
  echo "openapi-generator: java -jar $openapi_generator generate ${OPENAPI_GENERATOR_OPTIONS[*]} -i SET.json -o OUT"
  echo "Runs ($runs of each, interleaved; the order flips every round):"
  local run
  for ((run = 1; run <= runs; run++)); do
    # Flipping the order spreads any drift of the machine over both sides of each comparison.
    if ((run % 2)); then
      run_openapi_generator 103 "$run/$runs"
      run_imagegen 103 "$run/$runs"
      run_imagegen 100 "$run/$runs"
      run_imagegen 1000 "$run/$runs"
    else
      run_imagegen 1000 "$run/$runs"
      run_imagegen 100 "$run/$runs"
      run_imagegen 103 "$run/$runs"
      run_openapi_generator 103 "$run/$runs"
    fi
  done
  run_imagegen "1000 -Xmx256m" 1/1 -Xmx256m
  echo "Load average (1, 5, 15 min) after the runs: $(cut -d " " -f 1-3 /proc/loadavg)"
  echo
  java "$here/BenchmarkReport.java" "$runs_file" || verdict=$?
}

profile_large_set() {
  local set=$scratch/specs-$PROFILE_MODELS recording=$work/profile-$PROFILE_MODELS.jfr status=0
  [[ -d $set ]] || make_spec_set "$PROFILE_MODELS" "$set"
  rm -f "$recording"
  echo
  echo "Profile: imagegen on $PROFILE_MODELS models with Java Flight Recorder (execution samples every 5 ms)"
  local started=$SECONDS
  bounded java \
    "-XX:StartFlightRecording=filename=$recording,settings=profile,jdk.ExecutionSample#period=5ms" \
    -XX:FlightRecorderOptions=stackdepth=256 \
    -jar "$jar" --specs "$set" --out "$scratch/profile-out" >"$scratch/profile.log" 2>&1 || status=$?
  rm -rf "$scratch/profile-out"
  if ((status != 0)); then
    echo "warning: the profiled run ended with exit $status; its last lines:"
    tail -n 5 "$scratch/profile.log"
  fi
  [[ -s $recording ]] || fail "the profiled run left no recording at $recording"
  echo "Recording: $recording ($((SECONDS - started)) s with JFR; open it in JDK Mission Control for more)"
  java "$here/JfrProfile.java" --top "$top" "$recording"
}

main() {
  parse_arguments "$@"
  require_tools
  scratch=$(mktemp -d "$work/scratch.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  # An interrupted run exits through the EXIT trap too, so that no scratch folder stays behind.
  trap 'stop 130' INT
  trap 'stop 143' TERM
  runs_file=$scratch/runs.tsv
  verdict=0 # set by the report: 1 when a target fails
  if $measure; then
    measure_all
  fi
  if $profile; then
    profile_large_set
  fi
  return "$verdict"
}

main "$@"
