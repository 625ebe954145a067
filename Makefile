# maild: two commands do all the set-up on a fresh machine.
#   make demo   venv + install + migrate var/maild.db + ingest the bundled Maildir (examples/) + show it,
#               with the answers it wrote into var/outgoing; import the example push log and show the
#               reminders due, one partner and the morning brief
#   make test   venv + test dependencies (Dovecot via apt when missing) + lint + the whole test suite
#   make test-fast   the pure tiers only (tests/core, tests/parsers, house rules): seconds, no servers
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin

.PHONY: demo test test-fast venv install install-dev system-deps lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

venv: $(BIN)/python

install: venv
	$(BIN)/pip install -q .

install-dev: venv system-deps
	$(BIN)/pip install -q -e '.[dev]'

# Dovecot (IMAP tests) and catdoc (.doc forms) come from Debian, only when missing.
system-deps:
	@missing=""; \
	command -v dovecot >/dev/null 2>&1 || missing="$$missing dovecot-imapd dovecot-lmtpd"; \
	command -v catdoc >/dev/null 2>&1 || missing="$$missing catdoc"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

lint: install-dev
	$(BIN)/ruff check maild parsers tests tools bench
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest

test-fast: venv
	@$(BIN)/python -c "import pytest, hypothesis" 2>/dev/null || $(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pytest -q tests/core tests/parsers tests/test_meta.py

demo: install
	rm -rf var && mkdir -p var
	cp -r examples/maildir var/inbox
	$(BIN)/maild db upgrade
	$(BIN)/maild partners import examples/partners.csv
	$(BIN)/maild clients import examples/clients.csv
	$(BIN)/maild leads import examples/pushes.csv
	$(BIN)/maild poll --once
	@echo; echo "== stored messages (maild messages) =="
	$(BIN)/maild messages
	@echo; echo "== quarantine (maild quarantine list) =="
	$(BIN)/maild quarantine list
	@echo; echo "== open cases, soonest due first (maild cases) =="
	$(BIN)/maild cases
	@echo; echo "== one case (maild case show SS-2026-000001) =="
	$(BIN)/maild case show SS-2026-000001
	@echo; echo "== the answers, written into var/outgoing (maild outbox list) =="
	$(BIN)/maild outbox list
	@ls var/outgoing/new
	@echo; echo "== one acknowledgement in full (maild outbox show 1) =="
	$(BIN)/maild outbox show 1
	@echo; echo "== reminders the push log calls for now (maild reminders due) =="
	$(BIN)/maild reminders due
	@echo; echo "== one partner (maild partner show 钱塘云商) =="
	$(BIN)/maild partner show 钱塘云商
	@echo; echo "== the morning brief as of now (maild brief) =="
	$(BIN)/maild brief

# The project's own benchmarks, each printing its figure (docs/benchmarks.md has the targets and
# this machine's numbers); about 8 minutes on 2 cores. Speed is measured here, never in tests.
bench: install-dev
	$(BIN)/python bench/parse_bench.py --rounds 1
	$(BIN)/python bench/tick_bench.py
	$(BIN)/python bench/queue_bench.py --runs 1
	$(BIN)/python bench/reply_latency.py --mails 200
	$(BIN)/python bench/big_mail_rss.py
	VENV=$(VENV) bench/side_by_side.sh 2000

clean:
	rm -rf $(VENV) var build *.egg-info .pytest_cache .hypothesis
