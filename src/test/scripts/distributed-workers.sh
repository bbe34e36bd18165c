#!/bin/bash
# The distributed benchmark of BENCHMARKS.md: 1, 2 and 4 worker processes on a generated 4-file month
# (4 x 250,000 rows), against the machine's PostgreSQL (127.0.0.1:5432, database test) and RabbitMQ (127.0.0.1:5672).
# Run from the project folder after `mvn -B -q package -DskipTests`: src/test/scripts/distributed-workers.sh
set -u
JAR=$(pwd)/target/inference-tco.jar
WORK=$(pwd)/target/distbench
mkdir -p "$WORK" && cd "$WORK"
if [ ! -d month ]; then
	mkdir -p month
	for s in 1 2 3 4; do
		java -jar "$JAR" generate --month 2026-10 --rows 250000 --seed $s --output gen$s > /dev/null
		mv gen$s/focus-2026-10.csv.gz month/focus-$s-2026-10.csv.gz
	done
fi
for n in 1 2 4; do
	schema="bench_w${n}_$RANDOM"
	psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $schema" > /dev/null
	url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
	queue="bench-$schema"
	pids=()
	for w in $(seq 1 $n); do
		java -Xmx512m -jar "$JAR" worker --spring.datasource.url="$url" --spring.datasource.username=postgres \
			--inference-tco.queue="$queue" > "w$n-$w.log" 2>&1 &
		pids+=($!)
	done
	sleep 15 # the workers' start, kept out of the measure
	start=$(date +%s.%N)
	java -jar "$JAR" run --month 2026-10 --input month --output "out$n" --distributed --worker-timeout 30m \
		--spring.datasource.url="$url" --spring.datasource.username=postgres --inference-tco.queue="$queue" \
		> "run$n.log" 2>&1
	rc=$?
	end=$(date +%s.%N)
	kill -TERM "${pids[@]}"
	wait "${pids[@]}" 2> /dev/null
	echo "workers=$n exit=$rc seconds=$(echo "$end - $start" | bc) $(grep 'time by phase' "run$n.log" | sed 's/.*time by phase: //')"
done
