#!/usr/bin/env bash
# Start-up of the command-line tool against the JVM's own: the median wall time of N runs of each
# command, the commands alternated run by run so that a noisy machine weighs on all alike.
#
#   asf-benchmarks/startup.sh [N]     (N defaults to 10; build first: ./mvnw -pl asf-cli -am package)
#
# Prints each command's median in milliseconds and its ratio to `java -version`.
set -eu
dir=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
jar="$dir/asf-cli/target/asf.jar"
jsa="$dir/asf-cli/target/asf.jsa"
cds="-XX:+UseSerialGC -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
names=("java -version" "asf demo" "asf orgnr 556016-0680" "asf demo, no archive" "asf orgnr, no archive")
commands=("java -version"
  "java $cds -jar $jar demo"
  "java $cds -jar $jar orgnr 556016-0680"
  "java -XX:+UseSerialGC -jar $jar demo"
  "java -XX:+UseSerialGC -jar $jar orgnr 556016-0680")
declare -a times
for ((r = 0; r < runs; r++)); do
  for ((c = 0; c < ${#commands[@]}; c++)); do
    start=$(date +%s%N)
    ${commands[$c]} > /dev/null 2>&1
    end=$(date +%s%N)
    times[$c]="${times[$c]:-} $(((end - start) / 1000000))"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
base=$(echo "${times[0]}" | median)
for ((c = 0; c < ${#commands[@]}; c++)); do
  m=$(echo "${times[$c]}" | median)
  awk -v n="${names[$c]}" -v m="$m" -v b="$base" 'BEGIN { printf "%-24s median %6s ms  ratio %5.1f\n", n, m, m / b }'
done
