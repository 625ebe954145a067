"""Orchestration: each service owns its transaction and takes `now` from the shell.

ingest (keep, parse, decide, record one message), casework (cases from mail, actions, clocks),
answers (the automatic answer to a mail), outbox (mail written with its cause, delivered after),
alerts (SLA warnings and breaches), queue (what HQ reads: open cases, one case's file),
desk (the reviewers' actions and their mail), reports (stats, health, export),
registry_import (partners, clients and the push log from CSV), reminders (what the process
expects from partners, sent once), brief (the supervisors' morning brief).
"""
