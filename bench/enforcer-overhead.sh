#!/usr/bin/env bash
# What the Specwright enforcer rules cost a Maven build (issue 5's measurement), in one run:
#  - the rules' own time, from their "checked N files in X ms" log lines;
#  - `mvn -q validate` of a project running the four rules on a corpus, against the same project
#    with only a trivial enforcer rule, runs alternating, medians and their ratio.
# Needs the bundle installed in the local repository first (./mvnw -B install -DskipTests).
#
# usage: bench/enforcer-overhead.sh [--corpus DIR] [--config FILE] [--runs N] [--jvm-config]
#   --jvm-config  give both projects the generated repository's .mvn/jvm.config (C1 only)
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$repo_root/../shared/corpus/ironic-specs"
config="$repo_root/core/src/test/resources/ironic.conf"
runs=5
jvm_config=false
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus=$2; shift 2 ;;
        --config) config=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --jvm-config) jvm_config=true; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
corpus=$(cd "$corpus" && pwd)
config=$(cd "$(dirname "$config")" && pwd)/$(basename "$config")
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$repo_root/pom.xml" | head -1)
enforcer=$(sed -n 's:.*<enforcer.version>\(.*\)</enforcer.version>.*:\1:p' "$repo_root/pom.xml" | head -1)
mvnw="$repo_root/mvnw"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

project() { # name, rules XML, extra plugin dependencies XML
    mkdir -p "$work/$1"
    cat > "$work/$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$1</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-enforcer-plugin</artifactId><version>$enforcer</version>
    <dependencies>$3</dependencies>
    <executions><execution><id>specs</id><goals><goal>enforce</goal></goals>
      <configuration><fail>false</fail><rules>$2</rules></configuration>
    </execution></executions>
  </plugin></plugins></build>
</project>
EOF
    if $jvm_config; then
        mkdir -p "$work/$1/.mvn"
        cp "$repo_root/archetype/src/main/resources/archetype-resources/.mvn/jvm.config" "$work/$1/.mvn/"
    fi
}

options="<root>$corpus</root><configFile>$config</configFile>"
project with "<specTemplate>$options</specTemplate><specFormat>$options</specFormat><rstSyntax>$options</rstSyntax><prioritiesDocument>$options</prioritiesDocument>" \
    "<dependency><groupId>io.github.specwright</groupId><artifactId>specwright-enforcer-rules</artifactId><version>$version</version></dependency>"
project without "<requireJavaVersion><version>17</version></requireJavaVersion>" ""

millis() { date +%s%3N; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

echo "corpus: $corpus ($(find "$corpus" -name '*.rst' | wc -l) .rst files); runs: $runs; jvm.config: $jvm_config"
(cd "$work/with" && "$mvnw" -B -o validate > "$work/warm-up.log" 2>&1) || { cat "$work/warm-up.log"; exit 1; }

rule_times=()
with=()
without=()
for i in $(seq "$runs"); do
    (cd "$work/with" && "$mvnw" -B -o validate > "$work/with.log" 2>&1)
    rule_times+=("$(sed -n 's/.*specTemplate: checked [0-9]* files in \([0-9]*\) ms.*/\1/p' "$work/with.log")")
    start=$(millis); (cd "$work/with" && "$mvnw" -B -q -o validate > /dev/null 2>&1); with+=($(( $(millis) - start )))
    start=$(millis); (cd "$work/without" && "$mvnw" -B -q -o validate > /dev/null 2>&1); without+=($(( $(millis) - start )))
done

with_median=$(printf '%s\n' "${with[@]}" | median)
without_median=$(printf '%s\n' "${without[@]}" | median)
echo "rules' own time (ms): ${rule_times[*]}; median $(printf '%s\n' "${rule_times[@]}" | median)"
echo "mvn -q validate with the rules (ms): ${with[*]}; median $with_median"
echo "mvn -q validate without (ms): ${without[*]}; median $without_median"
awk -v a="$with_median" -v b="$without_median" 'BEGIN {printf "ratio: %.2fx\n", a / b}'
