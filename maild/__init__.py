"""maild: the system behind the HQ mailbox dor@ptg139.com.

Map of the package (pure core ↔ shell ↔ edges):
    config, schedule, clock, errors     loading, calendar/policies from config, time, the error tree
    calendar, sla, cases, checks,       pure core: working-day arithmetic, SLA clocks, the case
      registry, replies                   state machine, precondition checks, registry rules, templates
    ingest, casework, directory,        shell: the pipeline, cases in the database, registry imports,
      daemon, app, cli/, views            the loop, wiring, the command line and how it looks
    imap, maildir, store, models,       edges: mail sources, database, files
      migrations/, blobs, faults
Parsing (mail → record) lives in the sibling package `parsers`, which knows nothing of maild.
"""

__version__ = "0.1.0"
