"""What tests share besides fixtures: mail builders (mails), hostile mail (hostile), record
comparison (expected), the paths of the fixture files (files), the configuration a test's
`maild run` reads (daemons), and the fault tests' backlog, `maild run` processes and tally (faults)."""
