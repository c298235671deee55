#!/usr/bin/env bash
# A real MCP session against a running local stack, with nothing but curl: initialize, then what an agent
# asked for "what is at risk?" (replenishment, open alerts) and the ack of the first open alert.
# Usage: docs/agents/mcp-session.sh [base-url] [token-file]   (defaults: http://localhost:8080 .local-stack/token)
set -euo pipefail
BASE=${1:-http://localhost:8080}
TOKEN=$(cat "${2:-.local-stack/token}")
HEADERS=$(mktemp)
trap 'rm -f "$HEADERS"' EXIT

# One JSON-RPC message; the answer comes as JSON or as one server-sent event, printed as JSON either way.
rpc() {
  echo ">>> $1" >&2
  curl -s -D "$HEADERS" -X POST "$BASE/mcp" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, text/event-stream' ${SESSION:+-H "Mcp-Session-Id: $SESSION"} \
    -d "$1" | sed -n 's/^data: //p; t; /^{/p'
}

rpc '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"curl-agent","version":"1.0"}}}'
SESSION=$(tr -d '\r' < "$HEADERS" | sed -n 's/^[Mm]cp-[Ss]ession-[Ii]d: //p')
echo "(session $SESSION)" >&2
rpc '{"jsonrpc":"2.0","method":"notifications/initialized"}'
rpc '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"replenishment","arguments":{}}}'
ALERTS=$(rpc '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"open_alerts","arguments":{}}}')
echo "$ALERTS"
ALERT_ID=$(echo "$ALERTS" | grep -o '\\"alertId\\":\\"[^\\]*' | head -1 | sed 's/.*\\"//' || true)
if [ -n "$ALERT_ID" ]; then
  rpc '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"acknowledge_alert","arguments":{"id":"'"$ALERT_ID"'","by":"curl-agent"}}}'
fi
curl -s -o /dev/null -w '(session closed: %{http_code})\n' -X DELETE "$BASE/mcp" \
  -H "Authorization: Bearer $TOKEN" -H "Mcp-Session-Id: $SESSION" >&2
