"""Orchestration: each service owns its transaction and takes `now` from the shell.

ingest (keep, parse, record one message), casework (cases from mail, actions, clocks),
alerts (SLA warnings and breaches), registry_import (partners and clients from CSV).
"""
