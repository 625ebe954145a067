"""maild: the system behind the HQ mailbox dor@ptg139.com.

Map of the package; each layer imports only the ones below it (import-linter checks it):

    cli/         the `maild` command line: thin commands, views (how results look)
    services/    orchestration, owns transactions: ingest, casework, answers, outbox, alerts, queue, desk, …
    adapters/    the edges, translate and never decide: imap, maildir, smtp, blobs, db/
    core/        pure, values in and out: calendar, sla, cases, checks, registry, routing, guard, replies

and beside them, at the top:

    app          the composition root: build(config) wires the pieces
    daemon       the only loop: fetch → ingest → settle, then wait; owns the mail-source ports
    config       TOML → frozen, validated dataclasses (and the calendar and SLA policies built once)
    rawmail      what a source hands the daemon: RawMail, Location, Settlement
    errors       the exception tree and what each error asks of the caller
    clock        the only reader of the system time · faults: named crash points for tests

Parsing (mail → record) lives in the sibling package `parsers`, which knows nothing of maild.
"""

__version__ = "0.1.0"
