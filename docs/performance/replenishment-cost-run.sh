#!/usr/bin/env bash
# threshold CPU per level over a window, from /proc and threshold's own event counter.
# usage: thr-cost.sh <port-base> <seconds>
BASE=${1:-28080}; SECS=${2:-60}; PORT=$((BASE+4))
PID=$(pgrep -f 'functions/threshold/target/quarkus-app' | head -1)
HZ=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' /proc/$PID/stat; }
levels() { curl -s http://localhost:$PORT/q/metrics | awk '/^livechain_events_total/ && /inventory.level/ {s+=$NF} END {print s+0}'; }
c0=$(cpu); l0=$(levels); sleep $SECS; c1=$(cpu); l1=$(levels)
awk -v c=$((c1-c0)) -v l=$(echo "$l1 - $l0" | bc) -v hz=$HZ -v s=$SECS 'BEGIN {printf "threshold: %d levels in %d s (%.0f/s), CPU %.2f s = %.1f%% of a core, %.3f ms per level\n", l, s, l/s, c/hz, 100*c/hz/s, (l>0 ? 1000*c/hz/l : 0)}'
