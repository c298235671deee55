#!/usr/bin/env bash
# Page cost under load: CPU of read-api, Kafka and PostgreSQL with no page, one page open, no page again.
set -u
cd /work/main
rm -rf /tmp/pc-data
export LIVECHAIN_DATA_DIR=/tmp/pc-data LIVECHAIN_HTTP_PORT=9080 LIVECHAIN_KAFKA_PORT=29092 LIVECHAIN_POSTGRES_PORT=25432 \
  LIVECHAIN_FUNCTION_PORT_BASE=28080 LIVECHAIN_LEGACY_CAPTURE=off LIVECHAIN_SIMULATE=true SIM_SCAN_RATE=${RATE:-1000}
./mvnw -B -o package -DskipTests -Plocal-stack -pl src/local-stack > /tmp/pagecost/stack.log 2>&1 &
until grep -q "is ready" /tmp/pagecost/stack.log; do sleep 2; done
echo "ready $(date +%T)"; sleep 60
READ=$(pgrep -f "quarkus.http.port=28082" | head -1)
KAFKA=$(pgrep -f " kafka[.]Kafka " | head -1)
[ -z "$KAFKA" ] && KAFKA=$(ps -eo pid,args | grep java | grep -i kraft | awk '{print $1}' | head -1)
PG=$(pgrep -d, -x postgres)
ticks() { local sum=0; for p in ${1//,/ }; do [ -r /proc/$p/stat ] && sum=$((sum + $(awk '{print $14+$15}' /proc/$p/stat))); done; echo $sum; }
phase() { local a1=$(ticks $READ) k1=$(ticks $KAFKA) p1=$(ticks $PG); sleep 30; local a2=$(ticks $READ) k2=$(ticks $KAFKA) p2=$(ticks $PG)
  echo "$1: read-api $(( (a2-a1) )) ticks, kafka $(( (k2-k1) )), postgres $(( (p2-p1) )) (per 30 s; 100 ticks = 1 core-second)"; }
echo "pids read-api=$READ kafka=$KAFKA"
phase "no page"
T=$(cat /tmp/pc-data/token)
curl -sN http://localhost:9080/api/live -H "Authorization: Bearer $T" > /tmp/pagecost/feed.txt &
CURL=$!; sleep ${SETTLE:-30}
phase "one page open"
kill $CURL
echo "page got $(grep -c '^data:' /tmp/pagecost/feed.txt) snapshots in ~35 s, $(wc -c < /tmp/pagecost/feed.txt) bytes"
tail -1 /tmp/pagecost/feed.txt | sed 's/^data://' | python3 -c "import json,sys; d=json.load(sys.stdin); print('flow per 10 s (last whole bucket):', {k: v[-2] for k,v in d['flow']['types'].items()}); print('lag', d['lag'][:6])"
sleep 5
phase "no page again"
kill $(pgrep -f "Plocal-stack") 2>/dev/null; pkill -f "livechain.simulate=" ; sleep 8
