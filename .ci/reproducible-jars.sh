#!/usr/bin/env bash
# Proves that two clean builds of one commit give byte-identical jars: builds the reactor twice, each
# into its own build folders (-Dimagegen.target), and compares the sha256 of every jar a module
# writes (its jar, and its sources, javadoc and test jars where it builds them).
#
#   .ci/reproducible-jars.sh [maven options...]     e.g. .ci/reproducible-jars.sh -o
#
# IMAGEGEN_REPRO_TARGET names the build folders (default target-reproducible: the builds write
# <module>/target-reproducible-1 and -2). Exits 1 and names the jars that differ, or that only one
# build wrote.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=${IMAGEGEN_REPRO_TARGET:-target-reproducible}
first="$prefix-1"
second="$prefix-2"

for target in "$first" "$second"; do
  echo "Building into */$target"
  mvn -B -q "$@" clean package -DskipTests "-Dimagegen.target=$target"
done

# Every jar either build wrote, by its path below the module; a jar only one build wrote has no hash
# on the other side and so counts as a difference.
shopt -s nullglob
jars=()
# Modules sit one or two folders down (generator, generator/maven-plugin).
for jar in */"$first"/*.jar */"$second"/*.jar */*/"$first"/*.jar */*/"$second"/*.jar; do
  module=${jar%/*}
  module=${module%/*}
  jars+=("$module/${jar##*/}")
done
[ "${#jars[@]}" -gt 0 ] || { echo "No jars in */$first or */$second: did the build package?" >&2; exit 1; }

hash_of() {
  if [ -f "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo "missing"; fi
}

differ=0
while read -r jar; do
  module=${jar%/*}
  name=${jar##*/}
  a=$(hash_of "$module/$first/$name")
  b=$(hash_of "$module/$second/$name")
  if [ "$a" = "$b" ]; then
    echo "same    $a  $jar"
  else
    echo "DIFFERS $a (build 1) $b (build 2)  $jar"
    differ=$((differ + 1))
  fi
done < <(printf '%s\n' "${jars[@]}" | sort -u)

if [ "$differ" -gt 0 ]; then
  echo "$differ jar(s) differ between two builds of one commit: the build is not reproducible." \
       "Compare the entries (unzip -l, unzip -p) of */$first and */$second." >&2
  exit 1
fi
echo "All jars identical in both builds."
