"""The edges: mail sources, files and the database. They translate and classify errors; they never decide.

imap, maildir (mail sources; a Maildir that keeps outgoing mail), smtp (sending), blobs
(content-addressed files), systemd (sd_notify), db/ (models, store, queries, migrations).
"""
