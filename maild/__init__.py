"""maild: the system behind the HQ mailbox dor@ptg139.com.

Map of the package (pure core ↔ shell ↔ edges):
    config, clock, errors        loading, time, the error tree
    calendar, sla                working-day arithmetic and SLA clocks (pure)
    ingest, daemon, app, cli     the pipeline, its loop, wiring, the command line
    imap, maildir, store, blobs  the edges: mail sources, database, files
Parsing (mail → record) lives in the sibling package `parsers`.
"""

__version__ = "0.1.0"
