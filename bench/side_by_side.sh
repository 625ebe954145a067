#!/usr/bin/env bash
# maild's daemon (`maild run`) and django-helpdesk's `get_email` (on WAL, maild's SQLite mode)
# draining the same N-mail backlog from the same Dovecot, one after the other, with the harness
# in ../shared/bench-peers; prints both rates and their ratio (the figure that holds from day to
# day on a shared machine: absolute rates drift).
#
#   bench/side_by_side.sh [N]      N mails (default 2000); VENV: maild's venv (default .venv)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peers=${PEERS:-$root/../shared/bench-peers}
N=${1:-2000}
VENV=${VENV:-$root/.venv}
[[ $VENV = /* ]] || VENV=$root/$VENV
if [[ ! -x $peers/run_peer.sh ]]; then
  echo "side by side: $peers is not here, skipped"; exit 0
fi
results=$(mktemp -d /tmp/maild-side-by-side-XXXX)
export PEER_SYNTHETIC=1 PEER_RESULTS=$results MAILD_VENV=$VENV MAILD_SRC=$root
(cd "$peers" && ./setup.sh >/dev/null)
(cd "$peers" && PEER_SQLITE_WAL=1 ./run_peer.sh "$N" >"$results/peer.log" 2>&1)
(cd "$peers" && MAILD_DRAIN=run ./run_maild.sh "$N" >"$results/maild.log" 2>&1)
"$VENV/bin/python" - "$results" <<'PY'
import glob, json, sys
runs = {("peer" if "/peer-" in f else "maild"): json.load(open(f)) for f in glob.glob(sys.argv[1] + "/*.json")}
peer, maild = runs["peer"], runs["maild"]
for name, r in (("django-helpdesk get_email (WAL)", peer), ("maild run (SQLite)", maild)):
    print(f"{name:<34} {r['n']} mails  {r['msgs_per_s']:6.1f} msgs/s  peak RSS {r['peak_rss_mb']:.0f} MB  "
          f"left in INBOX {r['left_in_inbox']}")
print(f"ratio maild / peer: {maild['msgs_per_s'] / peer['msgs_per_s']:.2f}x (target 5x)")
PY
